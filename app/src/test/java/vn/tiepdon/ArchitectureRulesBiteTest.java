package vn.tiepdon;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each of {@link ArchitectureTest}'s rules, applied to the deliberate violations under {@code vn.tiepdon.archfixture},
 * reports the violation it exists for: a rule that names the wrong packages, or none, would pass in silence.
 */
class ArchitectureRulesBiteTest {

    private static final String FIXTURE = "vn.tiepdon.archfixture";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE);

    private static String violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }

    @Test
    void theDomainMayNotReachTheStoreSqlOrJavaFx() {
        assertThat(violations(ArchitectureTest.domainKnowsNoAdaptersScreensOrSql(FIXTURE)))
                .contains("archfixture.queue.NumbersInTheStore").contains("archfixture.store.Ledger")
                .contains("archfixture.identity.ReadsSql").contains("java.sql.Connection")
                .contains("archfixture.admin.DrawsItself").contains("javafx.scene.Node");
    }

    @Test
    void theDomainMayNotDoIoOutsideItsEdges() {
        assertThat(violations(ArchitectureTest.domainDoesNoIo(FIXTURE)))
                .contains("archfixture.payment.CallsTheBank").contains("java.net.URI")
                .doesNotContain("archfixture.payment.api.Listens");
    }

    @Test
    void aViewModelMayNotHoldJavaFx() {
        assertThat(violations(ArchitectureTest.viewModelsKnowNoToolkit(FIXTURE)))
                .contains("archfixture.kiosk.ShowsItself").contains("javafx.scene.control.Label");
    }

    @Test
    void nothingBelowTheScreensMayKnowThem() {
        assertThat(violations(ArchitectureTest.nothingBelowTheScreensKnowsThem(FIXTURE)))
                .contains("archfixture.config.ShowsTheKiosk").contains("archfixture.kiosk.ShowsItself")
                .contains("archfixture.admin.DrawsItself").contains("javafx.scene.Node");
    }

    @Test
    void onlyTheStationAndTheCliMayUseTheStore() {
        assertThat(violations(ArchitectureTest.onlyTheStationAndTheCliOpenTheStore(FIXTURE)))
                .contains("archfixture.ticket.PrintsFromTheStore").contains("archfixture.queue.NumbersInTheStore");
    }

    @Test
    void capabilitiesMayNotDependOnEachOtherBothWays() {
        assertThat(violations(ArchitectureTest.capabilitiesHaveNoCycles(FIXTURE)))
                .contains("archfixture.counts.CountsRegistrations")
                .contains("archfixture.registration.RegistersCounts")
                .as("a cycle inside one capability is the next rule's").doesNotContain("archfixture.payment.desk");
    }

    @Test
    void packagesInsideACapabilityMayNotDependOnEachOtherBothWays() {
        assertThat(violations(ArchitectureTest.packagesHaveNoCycles(FIXTURE)))
                .contains("archfixture.payment.Order").contains("archfixture.payment.desk.Desk");
    }

    @Test
    void theRealRulesReadTheClassesAppShipsAndNothingElse() {
        JavaClasses app = new ClassFileImporter().withImportOption(new ArchitectureTest.AppMainClasses())
                .importPackages(ArchitectureTest.APP);

        assertThat(app.stream().map(JavaClass::getName))
                .contains("vn.tiepdon.station.Kiosk", "vn.tiepdon.store.KioskDatabase", "vn.tiepdon.cli.Main")
                .noneMatch(name -> name.startsWith(FIXTURE))
                .doesNotContain(ArchitectureTest.class.getName(), "vn.tiepdon.testing.MovableClock")
                .noneMatch(name -> name.startsWith("vn.tiepdon.print.") || name.startsWith("vn.tiepdon.scan."));
    }
}
