package org.sourceline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of the design honest: data and logic never depend on the toolkit. */
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

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.sourceline.data..", "org.sourceline.query..", "org.sourceline.graph..",
                        "org.sourceline.text..", "org.sourceline.render..", "org.sourceline.timephrase..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sourceline.ui..", "org.sourceline.cli..")
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
