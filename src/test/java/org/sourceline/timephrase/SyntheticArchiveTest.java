package org.sourceline.timephrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.generate.SyntheticDatasetGenerator;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.TimeSpan;

/**
 * An independent check on text the rules were not written for: the synthetic archive of
 * {@code sourceline generate} writes every event's time into its text with its own phrase and
 * EDTF ("from about 1991 to 1997", "in the late winter of 2037", "possibly in 1983"). The reader
 * must find each phrase and, where both read it the same way (closed bounds, no future or
 * hedge the generator marks differently, no "early" or "late" that the generator leaves out of
 * its bounds), its bounds must hold the generator's and be at most twice as wide.
 */
class SyntheticArchiveTest {
    @TempDir
    Path dir;

    @Test
    void findsAndReadsTheGeneratorsPhrases() throws Exception {
        Path file = dir.resolve("archive.json");
        new SyntheticDatasetGenerator(600, 40, 7).write(file, "archive.txt");
        Dataset dataset = new DatasetReader().load(file);
        String text = dataset.article().text();
        List<TimePhrase> found = TimePhrases.find(text, ReferenceDate.parse("2023-01~", "given"));

        int occurrences = 0;
        int overlapped = 0;
        int compared = 0;
        List<String> wrong = new ArrayList<>();
        for (Event e : dataset.events()) {
            TimeSpan time = e.time();
            String phrase = time.phrase();
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                occurrences++;
                int start = at;
                TimePhrase hit = found.stream().filter(p -> p.start() < start + phrase.length() && p.end() > start)
                        .findFirst().orElse(null);
                if (hit == null) {
                    wrong.add("missed “" + phrase + "”");
                    continue;
                }
                overlapped++;
                if (!comparable(time) || !hit.phrase().equals(phrase) || phrase.contains("early ") || phrase.contains("late ")) {
                    // The generator keeps the whole season for "the late summer of 1956"; the reader
                    // narrows it to the part the words say (and keeps the season's EDTF).
                    continue;
                }
                compared++;
                long first = hit.earliest().toEpochDay();
                long last = hit.latest().toEpochDay();
                boolean holds = first <= time.earliest() && last >= time.latest();
                boolean narrow = last - first + 1 <= 2 * (time.latest() - time.earliest() + 1);
                if (!holds || !narrow) {
                    wrong.add("“" + phrase + "”: " + hit.earliest() + " – " + hit.latest() + " against "
                            + Days.format(time.earliest()) + " – " + Days.format(time.latest()));
                }
            }
        }
        assertThat(occurrences).isGreaterThan(500);
        assertThat(overlapped).as("found; %s", wrong).isEqualTo(occurrences);
        assertThat(compared).isGreaterThan(300);
        assertThat(wrong).isEmpty();
    }

    /** Both read it alike: closed bounds, no forecast or hedge, not an approximate span. */
    private static boolean comparable(TimeSpan time) {
        String edtf = time.edtf();
        return !time.isOpenStart() && !time.isOpenEnd() && !edtf.contains("?") && !edtf.contains("%")
                && !edtf.contains("~") && !edtf.endsWith("/");
    }
}
