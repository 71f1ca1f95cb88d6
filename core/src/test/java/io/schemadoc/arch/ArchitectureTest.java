package io.schemadoc.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SOURCE → model → analysis → output: dependencies point one way, and only the CLI sees every stage. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.schemadoc");
    }

    @Test
    void theModelDependsOnNoStage() {
        noClasses().that().resideInAPackage("io.schemadoc.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.schemadoc.cli..", "io.schemadoc.source..", "io.schemadoc.postgres..",
                "io.schemadoc.analysis..", "io.schemadoc.output..", "io.schemadoc.config..")
            .allowEmptyShould(true)
            .check(classes);
    }

    @Test
    void analysisIsPure() {
        noClasses().that().resideInAPackage("io.schemadoc.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("io.schemadoc.cli..", "io.schemadoc.source..", "io.schemadoc.output..")
            .allowEmptyShould(true)
            .check(classes);
    }

    @Test
    void analysisAndOutputsNeverTalkToADatabase() {
        // Statistics of a live database reach the lint rules as a model record (model.LiveStats), read in postgres/.
        noClasses().that().resideInAnyPackage("io.schemadoc.analysis..", "io.schemadoc.output..", "io.schemadoc.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.postgresql..")
            .allowEmptyShould(true)
            .check(classes);
    }

    @Test
    void outputsOnlyReadTheModel() {
        noClasses().that().resideInAPackage("io.schemadoc.output..")
            .should().dependOnClassesThat().resideInAnyPackage("io.schemadoc.cli..", "io.schemadoc.source..", "io.schemadoc.postgres..")
            .allowEmptyShould(true)
            .check(classes);
    }

    @Test
    void sourcesKnowNothingDownstream() {
        noClasses().that().resideInAnyPackage("io.schemadoc.source..", "io.schemadoc.postgres..")
            .should().dependOnClassesThat().resideInAnyPackage("io.schemadoc.cli..", "io.schemadoc.analysis..", "io.schemadoc.output..")
            .allowEmptyShould(true)
            .check(classes);
    }

    @Test
    void configIsPureData() {
        noClasses().that().resideInAPackage("io.schemadoc.config..")
            .should().dependOnClassesThat().resideInAnyPackage("io.schemadoc.cli..", "io.schemadoc.source..", "io.schemadoc.postgres..",
                "io.schemadoc.analysis..", "io.schemadoc.output..")
            .allowEmptyShould(true)
            .check(classes);
    }
}
