package org.sourceline.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.data.DatasetRules;
import org.sourceline.model.Dataset;
import org.sourceline.model.Era;

class EraEditsTest {
    private final Dataset bundled = DatasetReader.loadBundled();

    @Test
    void removingAndAddingAnEraChangesTheHeaderOnly() throws EditException {
        Era war = bundled.eras().get(0);
        Edit remove = EraEdits.remove(bundled, 0);
        assertThat(remove.name()).isEqualTo("Remove Era “The war in Ukraine”");
        Edit.Applied removed = remove.apply(bundled);
        assertThat(removed.dataset().eras()).isEmpty();
        assertThat(removed.dataset().events()).containsExactlyElementsOf(bundled.events());
        assertThat(removed.diff().headerChanged()).isTrue();

        Edit add = EraEdits.add(war);
        assertThat(add.name()).isEqualTo("Add Era “The war in Ukraine”");
        Edit.Applied added = add.apply(removed.dataset());
        assertThat(added.dataset().eras()).containsExactly(war);
        assertThat(added.dataset().actors()).containsExactlyElementsOf(bundled.actors());
        assertThat(added.diff().headerChanged()).isTrue();
    }

    @Test
    void refusesADuplicateAnUntitledEraAndAMissingOne() {
        Era war = bundled.eras().get(0);
        assertThatThrownBy(() -> EraEdits.add(war).apply(bundled)).hasMessageContaining("already has this era");
        assertThatThrownBy(() -> EraEdits.add(new Era(" ", war.time())).apply(bundled))
                .hasMessageContaining(DatasetRules.emptyText("era title"));
        assertThatThrownBy(() -> EraEdits.remove(bundled, 3).apply(bundled)).hasMessageContaining("no era number 4");
    }
}
