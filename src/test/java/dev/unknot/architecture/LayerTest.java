package dev.unknot.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layers stay what the folders say: domain pure, storage free of UI, JDBC in storage only. */
class LayerTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.unknot");
    }

    @Test
    void domainUsesNeitherJavaFxNorJdbcNorOtherLayers() {
        noClasses().that().resideInAPackage("dev.unknot.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "javax.sound..", "java.sql..", "javax.sql..", "org.sqlite..",
                        "dev.unknot.storage..", "dev.unknot.ui..", "dev.unknot.app..")
                .check(classes);
    }

    @Test
    void storageKnowsNothingOfUiOrJavaFxOrApp() {
        noClasses().that().resideInAPackage("dev.unknot.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.unknot.ui..", "dev.unknot.app..")
                .check(classes);
    }

    @Test
    void onlyStorageTouchesJdbc() {
        noClasses().that().resideOutsideOfPackage("dev.unknot.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void uiDoesNotReachIntoTheAppLayer() {
        noClasses().that().resideInAPackage("dev.unknot.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.unknot.app..")
                .check(classes);
    }
}
