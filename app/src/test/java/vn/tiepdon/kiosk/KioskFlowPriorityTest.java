package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.identity.CitizenId;
import vn.tiepdon.identity.IdentityReader;
import vn.tiepdon.identity.ScanResult;
import vn.tiepdon.identity.Sex;
import vn.tiepdon.registration.Priority;

/** Who is served first, as the patient sees it on screen and the issuer is told; and the large-text mode. */
class KioskFlowPriorityTest {

    /** Born in 1940: over 75 on any day these tests run. */
    private static final CitizenId ELDER = new CitizenId("001040123456", "", "Lê Văn Cả", LocalDate.of(1940, 3, 1),
            Sex.MALE, "", LocalDate.of(2021, 4, 20));

    private final ManualTimer timer = new ManualTimer();
    private final FakeTicketIssuer issuer = new FakeTicketIssuer();
    private final IdentityReader reader = raw -> new String(raw).equals(ELDER.idNumber())
            ? new ScanResult.Accepted(ELDER) : new ScriptedIdentityReader().read(raw);
    private final KioskFlow flow = new KioskFlow(KioskFixtures.flowSettings(), reader, new CountingScanCounter(),
            issuer, timer, Runnable::run, Runnable::run);

    @Test
    void aPriorityAskedForWithoutACardIsSaidOnScreenAndGivenToTheIssuer() {
        flow.takePriorityWithoutCard();

        assertThat(flow.state()).isInstanceOf(KioskState.ChooseService.class);
        assertThat(flow.priorityOf(flow.patient())).contains(Priority.DECLARED);
        flow.chooseService(KioskFixtures.KHAM_BHYT);

        KioskState.Done done = (KioskState.Done) flow.state();
        assertThat(done.priority()).contains(Priority.DECLARED);
        assertThat(issuer.priorityOf(done.outcome().ticket().id())).contains(Priority.DECLARED);
    }

    @Test
    void theNextPatientWithoutACardIsNotAPriorityOne() {
        flow.takePriorityWithoutCard();
        flow.backToStart();
        flow.takeWithoutCard();

        assertThat(flow.priorityOf(flow.patient())).isEmpty();
        flow.chooseService(KioskFixtures.KHAM_BHYT);
        assertThat(((KioskState.Done) flow.state()).priority()).isEmpty();
    }

    @Test
    void anElderIsToldWhyOnTheConfirmScreenAndTheTicketCarriesIt() {
        flow.scan(ELDER.idNumber().getBytes());

        assertThat(flow.state()).isInstanceOf(KioskState.Confirm.class);
        assertThat(flow.priorityOf(flow.patient())).contains(new Priority(Priority.Reason.ELDER, 75));
        flow.confirm();
        flow.chooseService(KioskFixtures.KHAM_BHYT);
        assertThat(((KioskState.Done) flow.state()).priority()).contains(new Priority(Priority.Reason.ELDER, 75));
    }

    @Test
    void aYoungAdultIsNotAPriorityPatient() {
        flow.scan(ScriptedIdentityReader.scanOf(ScriptedIdentityReader.AN));

        assertThat(flow.priorityOf(flow.patient())).isEmpty();
    }

    @Test
    void largeTextLastsForOnePatientAndGoesBackToNormalWhenTheyLeave() {
        flow.toggleLargeText();
        assertThat(flow.largeText()).isTrue();
        flow.takeWithoutCard();
        assertThat(flow.largeText()).as("kept while the same person goes on").isTrue();

        timer.advance(KioskFixtures.IDLE);

        assertThat(flow.state()).isInstanceOf(KioskState.Attract.class);
        assertThat(flow.largeText()).isFalse();
    }

    @Test
    void largeTextLeftOnTheStartScreenGoesBackToNormalAfterTheIdleTime() {
        flow.toggleLargeText();

        timer.advance(KioskFixtures.IDLE);

        assertThat(flow.largeText()).isFalse();
    }
}
