package org.sourceline;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers of the design honest: dependencies point downwards (model → data → query →
 * graph → text → time phrases → editing → render → ui → bench → cli), packages form no cycles,
 * and data and logic never depend on the toolkit. The README's Architecture section describes
 * the same layers.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sourceline");
    }

    @Test
    void modelDataQueryAndGraphAreFreeOfJavaFx() {
        noClasses().that().resideInAnyPackage("org.sourceline.model..", "org.sourceline.data..",
                        "org.sourceline.query..", "org.sourceline.graph..", "org.sourceline.render.layout..",
                        "org.sourceline.text..", "org.sourceline.timephrase..", "org.sourceline.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.sourceline.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sourceline.data..", "org.sourceline.query..",
                        "org.sourceline.graph..", "org.sourceline.render..", "org.sourceline.ui..", "org.sourceline.cli..",
                        "com.fasterxml..")
                .check(classes);
    }

    /**
     * Each layer uses only layers below it. A new package must be given its place here
     * (every class but the entry point {@code Main} and {@code Version} belongs to a layer).
     */
    @Test
    void dependenciesPointDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitectureIgnoring("org.sourceline")
                .layer("Model").definedBy("org.sourceline.model..")
                .layer("Data").definedBy("org.sourceline.data..")
                .layer("Generate").definedBy("org.sourceline.generate..")
                .layer("Query").definedBy("org.sourceline.query..")
                .layer("Graph").definedBy("org.sourceline.graph..")
                .layer("Text").definedBy("org.sourceline.text..")
                .layer("TimePhrase").definedBy("org.sourceline.timephrase..")
                .layer("Edit").definedBy("org.sourceline.edit..")
                .layer("Render").definedBy("org.sourceline.render..")
                .layer("Ui").definedBy("org.sourceline.ui..")
                .layer("Bench").definedBy("org.sourceline.bench..")
                .layer("Cli").definedBy("org.sourceline.cli..")
                .whereLayer("Model").mayNotAccessAnyLayer()
                .whereLayer("Data").mayOnlyAccessLayers("Model")
                .whereLayer("Query").mayOnlyAccessLayers("Model", "Data")
                .whereLayer("Graph").mayOnlyAccessLayers("Model", "Data", "Query")
                .whereLayer("Text").mayOnlyAccessLayers("Model", "Data", "Query", "Graph")
                .whereLayer("TimePhrase").mayOnlyAccessLayers("Model", "Data", "Query", "Graph", "Text")
                .whereLayer("Edit").mayOnlyAccessLayers("Model", "Data", "Query", "Graph", "Text", "TimePhrase")
                .whereLayer("Render").mayOnlyAccessLayers("Model", "Data", "Query", "Graph", "Text", "TimePhrase")
                .whereLayer("Ui").mayOnlyAccessLayers("Model", "Data", "Query", "Graph", "Text", "TimePhrase", "Edit",
                        "Render")
                .whereLayer("Bench").mayOnlyAccessLayers("Model", "Data", "Generate", "Query", "Graph", "Text",
                        "TimePhrase", "Edit", "Render", "Ui")
                // Synthetic datasets are tooling for the harness and the `generate` command, not for the app.
                .whereLayer("Generate").mayOnlyAccessLayers("Model", "Data")
                .whereLayer("Generate").mayOnlyBeAccessedByLayers("Bench", "Cli")
                .check(classes);
    }

    /**
     * No package cycles, sub-packages included (so {@code data} never needs {@code data.timelinejs}
     * back). One known exception: the views in {@code ui.*} reach back to the {@code ui} package for
     * the view-model ({@code AppModel}, {@code LoadedDataset}) that the window there assembles them around.
     */
    @Test
    void packagesFormNoCycles() {
        slices().matching("org.sourceline.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.sourceline.ui.*.."), resideInAPackage("org.sourceline.ui"))
                .check(classes);
    }

    @Test
    void editingSitsAboveTheDataItChanges() {
        noClasses().that().resideInAnyPackage("org.sourceline.model..", "org.sourceline.data..", "org.sourceline.query..",
                        "org.sourceline.graph..", "org.sourceline.text..", "org.sourceline.render..",
                        "org.sourceline.timephrase..")
                .should().dependOnClassesThat().resideInAPackage("org.sourceline.edit..")
                .check(classes);
        noClasses().that().resideInAPackage("org.sourceline.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sourceline.ui..", "org.sourceline.cli..",
                        "org.sourceline.render..", "org.sourceline.graph..")
                .check(classes);
    }

    @Test
    void timePhrasesUseOnlyTheModelAndTheEdtfReader() {
        noClasses().that().resideInAPackage("org.sourceline.timephrase..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sourceline.query..", "org.sourceline.graph..",
                        "org.sourceline.text..", "org.sourceline.render..", "org.sourceline.ui..", "org.sourceline.cli..",
                        "org.sourceline.bench..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void renderDoesNotUseControls() {
        noClasses().that().resideInAPackage("org.sourceline.render..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "org.controlsfx..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
