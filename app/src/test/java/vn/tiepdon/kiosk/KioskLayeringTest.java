package vn.tiepdon.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The patient flow stays testable without a screen: only the fx package may touch JavaFX. */
class KioskLayeringTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.tiepdon.kiosk");

    @Test
    void theFlowKnowsNothingOfJavaFx() {
        noClasses().that().resideInAPackage("vn.tiepdon.kiosk")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void theFlowDoesNotReachIntoTheView() {
        noClasses().that().resideInAPackage("vn.tiepdon.kiosk")
                .should().dependOnClassesThat().resideInAPackage("vn.tiepdon.kiosk.fx..")
                .check(classes);
    }
}
