package vn.tiepdon.kiosk.voice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tiepdon.kiosk.KioskState;
import vn.tiepdon.kiosk.Texts;

/**
 * What the kiosk says aloud at one step of the patient's path. Each prompt is a recorded clip of texts from the
 * screens' bundle ({@code vn.tiepdon.kiosk.messages}), mostly the very texts the screen shows, so that the screen and
 * the voice never say two different things; the {@code voice.*} keys add what only a listener needs.
 */
public enum Prompt {
    WELCOME("voice.welcome", "attract.prompt", "attract.hint"),
    CONFIRM("voice.confirm", "confirm.title"),
    CHOOSE_SERVICE("service.title", "service.hint"),
    PAYING("paying.scanToPay", "paying.printsWhenPaid"),
    PAYMENT_EXPIRED("paymentExpired.title", "paymentExpired.message"),
    DONE("done.takeTicket", "done.next"),
    PRINT_FAILED("printFailed.title", "voice.printFailed"),
    NOT_ISSUED("notIssued.message"),
    OUT_OF_SERVICE("outOfService.message"),
    IDLE_WARNING("idle.question", "voice.idle"),
    SCAN_REJECTED("rejected.title", "voice.scanRejected");

    /** Where the Vietnamese clips live on the class path; the only language recorded so far. */
    public static final String CLIP_FOLDER = "/vn/tiepdon/kiosk/voice/vi/";

    private final List<String> textKeys;

    Prompt(String... textKeys) {
        this.textKeys = List.of(textKeys);
    }

    /** The bundle keys whose texts, one after the other, make up what is said. */
    public List<String> textKeys() {
        return textKeys;
    }

    /** The clip's file name, e.g. {@code choose-service.wav}. */
    public String clipName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".wav";
    }

    /** The clip's class-path resource, e.g. {@code /vn/tiepdon/kiosk/voice/vi/done.wav}. */
    public String clipResource() {
        return CLIP_FOLDER + clipName();
    }

    /**
     * What the clip says: its texts as the screen shows them, as sentences. A text without a full stop of its own, such as a screen title, gets one, or a speech engine would
     * run it into the next.
     */
    public String text(Texts texts) {
        return textKeys.stream()
                .map(key -> texts.get(key).strip())
                .map(Prompt::sentence)
                .collect(Collectors.joining(" "));
    }

    /**
     * The prompt that belongs to a screen, or empty where there is nothing to say: while a ticket prints, the next
     * screen comes within seconds.
     */
    public static Optional<Prompt> forState(KioskState state) {
        return Optional.ofNullable(switch (state) {
            case KioskState.Attract a -> WELCOME;
            case KioskState.OutOfService o -> OUT_OF_SERVICE;
            case KioskState.Confirm c -> CONFIRM;
            case KioskState.ChooseService c -> CHOOSE_SERVICE;
            case KioskState.Printing p -> null;
            case KioskState.Paying p -> PAYING;
            case KioskState.PaymentExpired p -> PAYMENT_EXPIRED;
            case KioskState.Done d -> DONE;
            case KioskState.PrintFailed p -> PRINT_FAILED;
            case KioskState.Rejected r -> SCAN_REJECTED;
            case KioskState.NotIssued n -> NOT_ISSUED;
        });
    }

    private static String sentence(String text) {
        return text.matches(".*[.!?…]$") ? text : text + ".";
    }
}
