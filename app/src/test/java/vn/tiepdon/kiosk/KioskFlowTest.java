package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.kiosk.KioskFixtures.DONE_DISPLAY;
import static vn.tiepdon.kiosk.KioskFixtures.IDLE;
import static vn.tiepdon.kiosk.KioskFixtures.KHAM_BHYT;
import static vn.tiepdon.kiosk.KioskFixtures.XET_NGHIEM;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.AN;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.BINH;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.scanOf;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.scanRejectedFor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.counts.ScanCounter;
import vn.tiepdon.identity.IdentityReader;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.kiosk.KioskState.Attract;
import vn.tiepdon.kiosk.KioskState.ChooseService;
import vn.tiepdon.kiosk.KioskState.Confirm;
import vn.tiepdon.kiosk.KioskState.Done;
import vn.tiepdon.kiosk.KioskState.NotIssued;
import vn.tiepdon.kiosk.KioskState.PrintFailed;
import vn.tiepdon.kiosk.KioskState.Printing;
import vn.tiepdon.kiosk.KioskState.Rejected;
import vn.tiepdon.ticket.PrintProblem;

class KioskFlowTest {

    private final ManualTimer timer = new ManualTimer();
    private final CountingScanCounter counter = new CountingScanCounter();
    private final FakeTicketIssuer issuer = new FakeTicketIssuer();
    private final QueuedExecutor worker = new QueuedExecutor();
    private final List<KioskState> seen = new ArrayList<>();
    private IdentityReader reader = new ScriptedIdentityReader();
    private ScanCounter scanCounter = counter;
    private Executor workerExecutor = Runnable::run;
    private KioskFlow flow;

    private KioskFlow flow() {
        if (flow == null) {
            flow = new KioskFlow(KioskFixtures.flowSettings(), reader, scanCounter, issuer, timer, workerExecutor,
                    Runnable::run);
            flow.addListener((state, locale) -> seen.add(state));
        }
        return flow;
    }

    private KioskFlow flowWithQueuedWorker() {
        workerExecutor = worker;
        return flow();
    }

    // ---- the happy paths ----------------------------------------------------------------

    @Test
    void startsOnTheAttractScreenHoldingNobody() {
        assertThat(flow().state()).isInstanceOf(Attract.class);
        assertThat(flow().patient()).isEmpty();
        assertThat(flow().locale().getLanguage()).isEqualTo("vi");
    }

    @Test
    void aGoodScanAsksThePatientToConfirmAndIsCounted() {
        flow().scan(scanOf(AN));

        assertThat(flow().state()).isEqualTo(new Confirm(AN));
        assertThat(flow().patient()).contains(AN);
        assertThat(counter.acceptedCount()).isEqualTo(1);
    }

    @Test
    void confirmingLeadsToTheServicesWithThePatient() {
        flow().scan(scanOf(AN));
        flow().confirm();

        assertThat(flow().state()).isEqualTo(new ChooseService(Optional.of(AN)));
    }

    @Test
    void notMeForgetsTheCardAndGoesBackToStart() {
        flow().scan(scanOf(AN));
        flow().notMe();

        assertThat(flow().state()).isInstanceOf(Attract.class);
        assertThat(flow().patient()).isEmpty();
    }

    @Test
    void choosingAServicePrintsOnTheWorkerThenShowsTheNumber() {
        flowWithQueuedWorker();
        issuer.startNumbersAt(KHAM_BHYT.code(), 26, 4);
        flow.scan(scanOf(AN));
        worker.runAll();
        flow.confirm();
        flow.chooseService(KHAM_BHYT);

        assertThat(flow.state()).isInstanceOf(Printing.class);
        assertThat(flow.patient()).as("the ticket does not need the identity").isEmpty();
        assertThat(issuer.issuedCount()).as("nothing issued on the UI thread").isZero();

        worker.runAll();

        Done done = (Done) flow.state();
        assertThat(done.outcome().ticket().display()).isEqualTo("A027");
        assertThat(done.outcome().ticket().waitingAhead()).isEqualTo(4);
        assertThat(seen).extracting(s -> s.getClass().getSimpleName())
                .containsExactly("Confirm", "ChooseService", "Printing", "Done");
    }

    @Test
    void aTicketWithoutACardSkipsIdentity() {
        flow().takeWithoutCard();
        assertThat(flow().state()).isEqualTo(new ChooseService(Optional.empty()));

        flow().chooseService(XET_NGHIEM);
        assertThat(((Done) flow().state()).outcome().ticket().display()).isEqualTo("C001");
    }

    @Test
    void theDoneScreenReturnsToStartAfterItsDisplayTime() {
        flow().takeWithoutCard();
        flow().chooseService(KHAM_BHYT);

        timer.advance(DONE_DISPLAY.minusMillis(1));
        assertThat(flow().state()).isInstanceOf(Done.class);
        timer.advance(Duration.ofMillis(1));
        assertThat(flow().state()).isInstanceOf(Attract.class);
    }

    // ---- rejections ---------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(RejectionReason.class)
    void aRejectedScanShowsItsReasonAndIsCountedByReason(RejectionReason reason) {
        flow().scan(scanRejectedFor(reason));

        assertThat(flow().state()).isEqualTo(new Rejected(reason));
        assertThat(counter.rejectedCount(reason)).isEqualTo(1);
        assertThat(counter.acceptedCount()).isZero();
    }

    @Test
    void aGoodScanAfterARejectionIsAccepted() {
        flow().scan(scanRejectedFor(RejectionReason.TRUNCATED));
        flow().scan(scanOf(AN));

        assertThat(flow().state()).isEqualTo(new Confirm(AN));
        assertThat(counter.rejectedCount(RejectionReason.TRUNCATED)).isEqualTo(1);
        assertThat(counter.acceptedCount()).isEqualTo(1);
    }

    @Test
    void fromARejectionThePatientCanTakeATicketWithoutACard() {
        flow().scan(scanRejectedFor(RejectionReason.CHECK_FAILED));
        flow().takeWithoutCard();

        assertThat(flow().state()).isEqualTo(new ChooseService(Optional.empty()));
    }

    @Test
    void aReaderThatThrowsStillGivesTheGarbledAnswerAndACount() {
        reader = raw -> {
            throw new IllegalStateException("parser bug");
        };
        flow().scan(new byte[] {1, 2, 3});

        assertThat(flow().state()).isEqualTo(new Rejected(RejectionReason.GARBLED));
        assertThat(counter.rejectedCount(RejectionReason.GARBLED)).isEqualTo(1);
    }

    @Test
    void aCounterThatThrowsDoesNotStopThePatient() {
        scanCounter = new ScanCounter() {
            @Override
            public void accepted(vn.tiepdon.identity.DocumentKind kind) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public void rejected(RejectionReason reason) {
                throw new IllegalStateException("disk full");
            }
        };
        flow().scan(scanOf(AN));

        assertThat(flow().state()).isEqualTo(new Confirm(AN));
    }

    // ---- scans at other moments ---------------------------------------------------------

    @Test
    void aScanWhileConfirmingReplacesThePatient() {
        flow().scan(scanOf(AN));
        flow().scan(scanOf(BINH));

        assertThat(flow().state()).isEqualTo(new Confirm(BINH));
    }

    @Test
    void aScanWhileChoosingAServiceReplacesThePatient() {
        flow().scan(scanOf(AN));
        flow().confirm();
        flow().scan(scanOf(BINH));

        assertThat(flow().state()).isEqualTo(new Confirm(BINH));
    }

    @Test
    void aScanWhilePrintingIsCountedButChangesNothing() {
        flowWithQueuedWorker();
        flow.takeWithoutCard();
        flow.chooseService(KHAM_BHYT);

        flow.scan(scanOf(BINH));
        flow.scan(scanRejectedFor(RejectionReason.URL));
        assertThat(flow.state()).isInstanceOf(Printing.class);
        assertThat(flow.patient()).isEmpty();

        worker.runAll();
        assertThat(flow.state()).isInstanceOf(Done.class);
        assertThat(counter.acceptedCount()).isEqualTo(1);
        assertThat(counter.rejectedCount(RejectionReason.URL)).isEqualTo(1);
    }

    @Test
    void aScanOnTheDoneScreenStartsTheNextPatient() {
        flow().takeWithoutCard();
        flow().chooseService(KHAM_BHYT);
        flow().scan(scanOf(BINH));

        assertThat(flow().state()).isEqualTo(new Confirm(BINH));
    }

    // ---- printing trouble ---------------------------------------------------------------

    @Test
    void aPrintFailureKeepsTheNumberAndReprintUsesTheSameTicket() {
        issuer.thenProblem(PrintProblem.PAPER_OUT).thenProblem(null);
        flow().takeWithoutCard();
        flow().chooseService(KHAM_BHYT);

        PrintFailed failed = (PrintFailed) flow().state();
        assertThat(failed.outcome().problem()).isEqualTo(PrintProblem.PAPER_OUT);
        long ticketId = failed.outcome().ticket().id();

        flow().reprint();

        assertThat(issuer.reprinted()).containsExactly(ticketId);
        Done done = (Done) flow().state();
        assertThat(done.outcome().ticket().id()).isEqualTo(ticketId);
        assertThat(done.outcome().ticket().display()).isEqualTo("A001");
        assertThat(issuer.issuedCount()).as("no second number").isEqualTo(1);
    }

    @Test
    void aReprintThatFailsAgainStaysOnTheSameNumber() {
        issuer.thenProblem(PrintProblem.COVER_OPEN).thenProblem(PrintProblem.OFFLINE);
        flow().takeWithoutCard();
        flow().chooseService(KHAM_BHYT);
        long ticketId = ((PrintFailed) flow().state()).outcome().ticket().id();

        flow().reprint();

        PrintFailed again = (PrintFailed) flow().state();
        assertThat(again.outcome().ticket().id()).isEqualTo(ticketId);
        assertThat(again.outcome().problem()).isEqualTo(PrintProblem.OFFLINE);
    }

    @Test
    void anIssuerThatThrowsEndsOnNotIssued() {
        issuer.failWith(new IllegalStateException("database locked"));
        flow().takeWithoutCard();
        flow().chooseService(KHAM_BHYT);

        assertThat(flow().state()).isInstanceOf(NotIssued.class);
    }

    @Test
    void aWorkerThatRefusesWorkEndsOnNotIssued() {
        workerExecutor = task -> {
            throw new RejectedExecutionException("shut down");
        };
        flow().takeWithoutCard();
        flow().chooseService(KHAM_BHYT);

        assertThat(flow().state()).isInstanceOf(NotIssued.class);
    }

    @Test
    void aDoubleTapOnAServiceIssuesOneNumber() {
        flowWithQueuedWorker();
        flow.takeWithoutCard();
        flow.chooseService(KHAM_BHYT);
        flow.chooseService(KHAM_BHYT);
        worker.runAll();

        assertThat(issuer.issuedCount()).isEqualTo(1);
    }

    // ---- inputs that do not belong to the screen ----------------------------------------

    @Test
    void inputsThatDoNotBelongToTheScreenAreIgnored() {
        flow().confirm();
        flow().notMe();
        flow().reprint();
        flow().chooseService(KHAM_BHYT);
        assertThat(flow().state()).isInstanceOf(Attract.class);
        assertThat(issuer.issuedCount()).isZero();

        flow().scan(scanOf(AN));
        flow().takeWithoutCard();
        assertThat(flow().state()).isEqualTo(new Confirm(AN));
    }

    @Test
    void backIsIgnoredWhilePrinting() {
        flowWithQueuedWorker();
        flow.takeWithoutCard();
        flow.chooseService(KHAM_BHYT);
        flow.backToStart();

        assertThat(flow.state()).isInstanceOf(Printing.class);
    }

    // ---- time ---------------------------------------------------------------------------

    static Stream<Arguments> screensThatTimeOut() {
        return Stream.of(
                Arguments.of("confirm", (Consumer<KioskFlow>) f -> f.scan(scanOf(AN)), IDLE),
                Arguments.of("choose service", (Consumer<KioskFlow>) f -> {
                    f.scan(scanOf(AN));
                    f.confirm();
                }, IDLE),
                Arguments.of("choose service without card", (Consumer<KioskFlow>) KioskFlow::takeWithoutCard, IDLE),
                Arguments.of("rejected", (Consumer<KioskFlow>) f -> f.scan(scanRejectedFor(RejectionReason.URL)), IDLE),
                Arguments.of("print failed", (Consumer<KioskFlow>) f -> {
                    f.takeWithoutCard();
                    f.chooseService(KHAM_BHYT);
                }, IDLE),
                Arguments.of("done", (Consumer<KioskFlow>) f -> {
                    f.scan(scanOf(AN));
                    f.confirm();
                    f.chooseService(KHAM_BHYT);
                }, DONE_DISPLAY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screensThatTimeOut")
    void everyScreenGoesBackToStartAndForgetsThePatientWhenLeftAlone(String name, Consumer<KioskFlow> reach,
                                                                      Duration timeout) {
        if (name.equals("print failed")) {
            issuer.thenProblem(PrintProblem.UNREACHABLE);
        }
        reach.accept(flow());
        KioskState reached = flow().state();
        assertThat(reached).isNotInstanceOf(Attract.class);

        timer.advance(timeout.minusMillis(1));
        assertThat(flow().state()).isEqualTo(reached);

        timer.advance(Duration.ofMillis(1));
        assertThat(flow().state()).isInstanceOf(Attract.class);
        assertThat(flow().patient()).isEmpty();
    }

    @Test
    void notIssuedAlsoTimesOut() {
        issuer.failWith(new IllegalStateException("database locked"));
        flow().takeWithoutCard();
        flow().chooseService(KHAM_BHYT);
        timer.advance(IDLE);

        assertThat(flow().state()).isInstanceOf(Attract.class);
    }

    @Test
    void aTouchKeepsThePatientOnScreen() {
        flow().scan(scanOf(AN));
        timer.advance(IDLE.minusSeconds(5));
        flow().touch();
        timer.advance(IDLE.minusSeconds(5));

        assertThat(flow().state()).isEqualTo(new Confirm(AN));

        timer.advance(Duration.ofSeconds(5));
        assertThat(flow().state()).isInstanceOf(Attract.class);
    }

    @Test
    void printingNeverTimesOutAndTheNumberIsShownWhenItComes() {
        flowWithQueuedWorker();
        flow.takeWithoutCard();
        flow.chooseService(KHAM_BHYT);
        timer.advance(IDLE.multipliedBy(3));
        assertThat(flow.state()).isInstanceOf(Printing.class);

        worker.runAll();
        assertThat(flow.state()).isInstanceOf(Done.class);
    }

    @Test
    void theAttractScreenHasNoTimer() {
        flow().scan(scanOf(AN));
        flow().backToStart();

        assertThat(timer.pending()).isZero();
    }

    // ---- back and language --------------------------------------------------------------

    @Test
    void backFromEveryScreenForgetsThePatient() {
        flow().scan(scanOf(AN));
        flow().backToStart();
        assertThat(flow().patient()).isEmpty();

        flow().scan(scanOf(AN));
        flow().confirm();
        flow().backToStart();
        assertThat(flow().state()).isInstanceOf(Attract.class);
        assertThat(flow().patient()).isEmpty();

        flow().scan(scanRejectedFor(RejectionReason.GARBLED));
        flow().backToStart();
        assertThat(flow().state()).isInstanceOf(Attract.class);
    }

    @Test
    void theLanguageTogglesAndListenersHearOfIt() {
        List<Locale> locales = new ArrayList<>();
        flow().addListener((state, locale) -> locales.add(locale));

        flow().toggleLanguage();
        flow().toggleLanguage();

        assertThat(locales).extracting(Locale::getLanguage).containsExactly("en", "vi");
    }

    @Test
    void backKeepsTheChosenLanguageButATimeoutRestoresTheDefault() {
        flow().toggleLanguage();
        flow().scan(scanOf(AN));
        flow().backToStart();
        assertThat(flow().locale().getLanguage()).isEqualTo("en");

        flow().scan(scanOf(AN));
        timer.advance(IDLE);
        assertThat(flow().locale().getLanguage()).isEqualTo("vi");
    }

    @Test
    void aPatientWhoStopsTouchingIsWarnedFirstAndATouchKeepsThem() {
        List<Optional<Duration>> warnings = new ArrayList<>();
        flow().addIdleWarningListener(warnings::add);
        flow().takeWithoutCard();
        // The idle time here is 30 s: the warning comes a third of it, 10 s, before the return.
        Duration lead = Duration.ofSeconds(10);

        timer.advance(IDLE.minus(lead).minusMillis(1));
        assertThat(warnings).isEmpty();
        timer.advance(Duration.ofMillis(1));
        assertThat(warnings).containsExactly(Optional.of(lead));

        flow().touch();
        assertThat(warnings).containsExactly(Optional.of(lead), Optional.empty());
        assertThat(flow().state()).isEqualTo(new ChooseService(Optional.empty()));

        timer.advance(IDLE);
        assertThat(flow().state()).isInstanceOf(Attract.class);
        assertThat(warnings).containsExactly(Optional.of(lead), Optional.empty(), Optional.of(lead), Optional.empty());
    }

    @Test
    void theStartAndDoneScreensAreNotWarnedAbout() {
        List<Optional<Duration>> warnings = new ArrayList<>();
        flow().addIdleWarningListener(warnings::add);
        flow().toggleLanguage();
        timer.advance(IDLE);
        flow().takeWithoutCard();
        flow().chooseService(KHAM_BHYT);
        warnings.clear();
        timer.advance(DONE_DISPLAY);

        assertThat(flow().state()).isInstanceOf(Attract.class);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aDeviceThatStopsPausesTheStartScreenAndItsReturnResumesIt() {
        flow().deviceReady("printer", false);
        assertThat(flow().state()).isEqualTo(new KioskState.OutOfService(new java.util.TreeSet<>(List.of("printer"))));

        // Nobody can start: a scan, or a ticket without a card, leaves the screen as it is.
        flow().scan(scanOf(AN));
        flow().takeWithoutCard();
        assertThat(flow().state()).isInstanceOf(KioskState.OutOfService.class);
        assertThat(issuer.issuedCount()).isZero();

        flow().deviceReady("scanner", false);
        flow().deviceReady("printer", true);
        assertThat(flow().state()).isEqualTo(new KioskState.OutOfService(new java.util.TreeSet<>(List.of("scanner"))));
        flow().deviceReady("scanner", true);
        assertThat(flow().state()).isInstanceOf(Attract.class);
    }

    @Test
    void aPatientOnTheWayIsNotInterruptedAndTheKioskPausesWhenTheyAreDone() {
        flow().takeWithoutCard();
        flow().deviceReady("scanner", false);
        assertThat(flow().state()).isEqualTo(new ChooseService(Optional.empty()));

        flow().chooseService(KHAM_BHYT);
        assertThat(flow().state()).isInstanceOf(Done.class);
        timer.advance(DONE_DISPLAY);
        assertThat(flow().state()).isInstanceOf(KioskState.OutOfService.class);
    }

    @Test
    void theStartScreenLeftInEnglishIsVietnameseAgainAfterTheIdleTime() {
        List<Locale> locales = new ArrayList<>();
        flow().addListener((state, locale) -> locales.add(locale));
        flow().toggleLanguage();

        timer.advance(IDLE.minusMillis(1));
        assertThat(flow().locale().getLanguage()).isEqualTo("en");
        timer.advance(Duration.ofMillis(1));

        assertThat(flow().state()).isInstanceOf(Attract.class);
        assertThat(flow().locale().getLanguage()).isEqualTo("vi");
        assertThat(locales).extracting(Locale::getLanguage).containsExactly("en", "vi");
        // Nobody had begun: this is not a patient who walked away.
        assertThat(counter.idleResets()).isZero();
    }

    @Test
    void settingsComeFromTheKioskConfigurationWithSafeDefaults() {
        KioskSettings settings = KioskFixtures.kioskSettings();
        FlowSettings fromConfig = FlowSettings.from(settings);
        assertThat(fromConfig.idleTimeout()).isEqualTo(IDLE);
        assertThat(fromConfig.services()).isEqualTo(KioskFixtures.SERVICES);

        KioskSettings unset = new KioskSettings("H", KioskFixtures.SERVICES, "stdin", 9600, "CR", 50, "file:t",
                576, null, 0, Path.of("d"), null);
        FlowSettings defaults = FlowSettings.from(unset);
        assertThat(defaults.idleTimeout()).isEqualTo(FlowSettings.DEFAULT_IDLE_TIMEOUT);
        assertThat(defaults.doneDisplay()).isEqualTo(FlowSettings.DEFAULT_DONE_DISPLAY);
        assertThat(defaults.defaultLocale()).isEqualTo(FlowSettings.VIETNAMESE);
    }
}
