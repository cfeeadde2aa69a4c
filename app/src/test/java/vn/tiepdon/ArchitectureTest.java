package vn.tiepdon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the domain testable and portable: parsing and numbering do no I/O and know no UI,
 * and nothing below the kiosk screens depends on them.
 */
@AnalyzeClasses(packages = "vn.tiepdon", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule identityAndQueueDoNoIo = noClasses()
            .that().resideInAnyPackage("vn.tiepdon.identity..", "vn.tiepdon.queue..", "vn.tiepdon.registration..",
                    "vn.tiepdon.payment..", "vn.tiepdon.indicators..", "vn.tiepdon.admin..")
            .and().resideOutsideOfPackages("vn.tiepdon.identity.sqlite..", "vn.tiepdon.queue.sqlite..",
                    "vn.tiepdon.identity.store..", "vn.tiepdon.queue.store..", "vn.tiepdon.payment.io..",
                    "vn.tiepdon.payment.api..", "vn.tiepdon.indicators.io..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "java.net..", "java.nio.file..", "java.awt..", "org.sqlite..")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.File.*")
            .because("parsing and numbering must stay pure so they are tested without devices or files");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheKiosk = noClasses()
            .that().resideInAnyPackage("vn.tiepdon.identity..", "vn.tiepdon.queue..", "vn.tiepdon.counts..",
                    "vn.tiepdon.config..", "vn.tiepdon.store..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.tiepdon.kiosk..", "javafx..")
            .because("the CLI and the reception desk use the domain without a screen");

    @ArchTest
    static final ArchRule cashierViewModelsKnowNoToolkit = noClasses()
            .that().resideInAPackage("vn.tiepdon.cashier")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "java.net..")
            .because("what the cashier and the customer display show is tested without a screen");
}
