package dev.unknot.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.FileChannel;
import java.nio.file.Files;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layers stay what the folders say: domain pure, storage free of UI, JDBC in storage only; and nothing but the
 * log's one connection opens the log's files.
 */
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

    /**
     * Issue 11: closing any descriptor a process has on a file drops every POSIX lock the process holds on it,
     * SQLite's on the log included. So file content is opened from Java only by the classes listed, none of which
     * opens the log (SafeFiles refuses a SQLite file in use), and the system's file choosers, which open the files
     * of the folders they list, are shown only by SystemChooser, with the log's files closed.
     */
    @Test
    void onlyTheseClassesOpenFilesAndTheSystemChoosersAreShownWithTheLogClosed() {
        DescribedPredicate<JavaAccess<?>> opensAFile = JavaAccess.Predicates.target(
                AccessTarget.Predicates.declaredIn(Files.class).and(HasName.Predicates.nameMatching(
                        "new(InputStream|OutputStream|ByteChannel|BufferedReader|BufferedWriter)|copy|write|writeString"
                                + "|read(AllBytes|String|AllLines)|lines"))
                        .or(AccessTarget.Predicates.declaredIn(FileChannel.class).and(HasName.Predicates.name("open")))
                        .or(AccessTarget.Predicates.declaredIn(AsynchronousFileChannel.class)))
                .as("open a file's content");
        noClasses().that().doNotHaveFullyQualifiedName("dev.unknot.storage.SafeFiles")
                .and().doNotHaveFullyQualifiedName("dev.unknot.storage.InstanceLock") // its own lock file
                .and().doNotHaveFullyQualifiedName("dev.unknot.app.WindowPlacesFile") // unknot-windows.properties
                .and().doNotHaveFullyQualifiedName("dev.unknot.ui.sound.TempClipFiles") // sounds in a temp folder
                .and().doNotHaveFullyQualifiedName("dev.unknot.app.UncaughtErrors") // unknot-errors.log, appended
                .should().accessTargetWhere(opensAFile)
                .orShould().dependOnClassesThat().belongToAnyOf(FileInputStream.class, FileOutputStream.class,
                        RandomAccessFile.class, FileReader.class, FileWriter.class)
                .check(classes);
        noClasses().that().doNotHaveFullyQualifiedName("dev.unknot.ui.data.SystemChooser")
                .should().dependOnClassesThat().belongToAnyOf(FileChooser.class, DirectoryChooser.class)
                .check(classes);
    }

    @Test
    void uiDoesNotReachIntoTheAppLayer() {
        noClasses().that().resideInAPackage("dev.unknot.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.unknot.app..")
                .check(classes);
    }

    /** A view-model is plain state a test can drive without a window: the scene graph stays in the views. */
    @Test
    void viewModelsUseNoSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    /**
     * The routine editor's view-model is split into parts (the list, the draft, the question, the rows, the keys)
     * whose names do not all end in ViewModel: all of them are plain state too; only its view draws.
     */
    @Test
    void theRoutineEditorsViewModelPartsUseNoSceneGraph() {
        noClasses().that().resideInAPackage("dev.unknot.ui.routines")
                .and().haveNameNotMatching(".*\\.RoutineEditorView(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    /** The screens reach the log only through the small store interfaces the app wires to it. */
    @Test
    void uiDoesNotUseStorage() {
        noClasses().that().resideInAPackage("dev.unknot.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.unknot.storage..")
                .check(classes);
    }

    /**
     * The log's own classes implement the stores the view-models take (which therefore live in domain: storage may
     * not know ui): the app wires them in and writes no adapter of its own over the log.
     */
    @Test
    void theAppWritesNoAdapterOverTheLog() {
        noClasses().that().resideInAPackage("dev.unknot.app..")
                .should().implement(JavaClass.Predicates.resideInAPackage("dev.unknot.domain.store.."))
                .check(classes);
    }

    /** No static mutable state: every static field is final (state lives in objects the app wires). */
    @Test
    void noStaticFieldChanges() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("dev.unknot..")
                .and().areStatic()
                .should().beFinal()
                .check(classes);
    }
}
