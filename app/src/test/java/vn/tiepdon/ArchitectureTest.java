package vn.tiepdon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;

/**
 * The shape of {@code app}, on its main classes. Each rule is written for a root package so that
 * {@code ArchitectureRulesBiteTest} can show it failing on the deliberate violations under
 * {@code vn.tiepdon.archfixture}.
 *
 * <p>{@code device-drivers} knowing nothing of {@code app} needs no rule: it is a Maven module that {@code app}
 * depends on, so it cannot depend on {@code app} (Maven refuses the cycle) and does not compile against it.
 */
@AnalyzeClasses(packages = ArchitectureTest.APP, importOptions = ArchitectureTest.AppMainClasses.class)
class ArchitectureTest {

    static final String APP = "vn.tiepdon";

    /** Parsing, numbering, payment matching, indicators, the admin model and counting: what the kiosk decides. */
    private static final String[] DOMAIN = {"identity", "queue", "registration", "payment", "indicators", "admin",
            "counts"};
    /** The domain's edges to the outside world, which may do I/O (files, images, HTTP, spreadsheets). */
    private static final String[] IO_EDGES = {"payment.io", "payment.api", "indicators.io"};

    @ArchTest
    static final ArchRule domainKnowsNoAdaptersScreensOrSql = domainKnowsNoAdaptersScreensOrSql(APP);

    @ArchTest
    static final ArchRule domainDoesNoIo = domainDoesNoIo(APP);

    @ArchTest
    static final ArchRule viewModelsKnowNoToolkit = viewModelsKnowNoToolkit(APP);

    @ArchTest
    static final ArchRule nothingBelowTheScreensKnowsThem = nothingBelowTheScreensKnowsThem(APP);

    @ArchTest
    static final ArchRule onlyTheStationAndTheCliOpenTheStore = onlyTheStationAndTheCliOpenTheStore(APP);

    @ArchTest
    static final ArchRule capabilitiesHaveNoCycles = capabilitiesHaveNoCycles(APP);

    @ArchTest
    static final ArchRule packagesHaveNoCycles = packagesHaveNoCycles(APP);

    @ArchTest
    static final ArchRule javafxStartsWithoutWaitingForLogging = noClasses()
            .that().haveFullyQualifiedName(APP + ".kiosk.fx.FxToolkit")
            .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "ch.qos.logback..")
            .because("the first logger sets up Logback, which held the kiosk's JavaFX start back by a quarter second");

    static ArchRule domainKnowsNoAdaptersScreensOrSql(String root) {
        return noClasses().that().resideInAnyPackage(under(root, DOMAIN))
                .should().dependOnClassesThat().resideInAnyPackage(
                        root + ".store..", root + ".cli..", root + ".station..", root + ".kiosk.fx..",
                        root + ".cashier.fx..", "javafx..", "java.sql..", "org.sqlite..")
                .because("the domain is used alike by the kiosk, the cashier, the desk and the CLI, and tested "
                        + "without a database or a screen");
    }

    static ArchRule domainDoesNoIo(String root) {
        return noClasses().that().resideInAnyPackage(under(root, DOMAIN))
                .and().resideOutsideOfPackages(under(root, IO_EDGES))
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.net..", "java.nio.file..", "java.awt..", "javax.imageio..")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.File.*")
                .because("parsing and numbering must stay pure so they are tested without devices or files");
    }

    static ArchRule viewModelsKnowNoToolkit(String root) {
        return noClasses().that().resideInAnyPackage(root + ".kiosk", root + ".cashier")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "java.net..",
                        root + ".kiosk.fx..", root + ".cashier.fx..")
                .because("what the kiosk, the cashier and the customer display show is tested without a screen");
    }

    static ArchRule nothingBelowTheScreensKnowsThem(String root) {
        return noClasses().that().resideInAnyPackage(under(root, DOMAIN))
                .or().resideInAnyPackage(under(root, "config", "store", "ticket"))
                .should().dependOnClassesThat().resideInAnyPackage(root + ".kiosk..", root + ".cashier..",
                        "javafx..")
                .because("the CLI, the reception desk and the cashier use the domain and the store without a "
                        + "kiosk's or a cashier's screen");
    }

    static ArchRule onlyTheStationAndTheCliOpenTheStore(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".store..", root + ".station..", root + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(root + ".store..")
                .because("the store is a leaf: the rest works on the domain's ports, and the station plugs the "
                        + "SQLite adapters in");
    }

    /** Capabilities ({@code payment} with its {@code api}, {@code desk} and {@code io}) depend one way only. */
    static ArchRule capabilitiesHaveNoCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** Inside a capability too: a view-model never reaches back into its screens, an edge into its callers. */
    static ArchRule packagesHaveNoCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /**
     * The classes {@code app} ships, from where its own main classes were compiled: not its tests, and not
     * {@code device-drivers}, whose main and test classes share the {@code vn.tiepdon} root on the test class path.
     */
    static final class AppMainClasses implements ImportOption {

        private static final String WHERE = vn.tiepdon.cli.Main.class.getProtectionDomain().getCodeSource()
                .getLocation().toString();

        @Override
        public boolean includes(Location location) {
            return location.asURI().toString().startsWith(WHERE);
        }
    }

    private static String[] under(String root, String... packages) {
        return Arrays.stream(packages).map(p -> root + "." + p + "..").toArray(String[]::new);
    }
}
