package vn.tiepdon.payment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The payment codec and bank directory are used by the kiosk, the cashier screen and the CLI alike. */
@AnalyzeClasses(packages = "vn.tiepdon.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class PaymentPurityTest {

    @ArchTest
    static final ArchRule codecDoesNoIo = noClasses()
            .that().resideInAPackage("vn.tiepdon.payment")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.net..",
                    "java.nio.file..", "java.awt..", "javax.imageio..", "com.google.zxing..", "vn.tiepdon.payment.io..")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|InputStream|OutputStream).*")
            .because("encoding and parsing payloads must be testable without files, images or screens");
}
