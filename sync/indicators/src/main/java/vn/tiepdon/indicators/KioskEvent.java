package vn.tiepdon.indicators;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One thing a kiosk counted. No personal data by construction: a subject is a code from a short list
 * (see {@link EventKind}), never free text from a patient or a bill.
 *
 * @param kioskId    the kiosk that counted it
 * @param at         when
 * @param subject    what it was about (a service code, a document kind, a reason, a method, a device); "" if nothing
 * @param flag       1 for a priority registration, else 0
 * @param amountDong the bill, for payments; else 0
 * @param millis     a duration that belongs to the event (scan to ticket, time to pay, fault length), when it has one
 */
public record KioskEvent(String kioskId, Instant at, EventKind kind, String subject, int flag, long amountDong,
                         OptionalLong millis) {

    public KioskEvent {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        millis = millis == null ? OptionalLong.empty() : millis;
        if (subject.length() > 40 || !subject.matches("[A-Za-z0-9_:-]*") || subject.matches(".*[0-9]{9}.*")) {
            // A code, never free text nor a long number: that is how names and ID numbers leak into statistics.
            throw new IllegalArgumentException("an event subject is a short code, was " + subject.length() + " chars");
        }
        if (flag != 0 && flag != 1) {
            throw new IllegalArgumentException("flag is 0 or 1, was " + flag);
        }
        if (amountDong < 0 || millis.isPresent() && millis.getAsLong() < 0) {
            throw new IllegalArgumentException("amounts and durations are not negative");
        }
    }

    public static KioskEvent of(String kioskId, Instant at, EventKind kind, String subject) {
        return new KioskEvent(kioskId, at, kind, subject, 0, 0, OptionalLong.empty());
    }

    public KioskEvent withFlag(boolean set) {
        return new KioskEvent(kioskId, at, kind, subject, set ? 1 : 0, amountDong, millis);
    }

    public KioskEvent withAmount(long dong) {
        return new KioskEvent(kioskId, at, kind, subject, flag, dong, millis);
    }

    public KioskEvent withMillis(long duration) {
        return new KioskEvent(kioskId, at, kind, subject, flag, amountDong, OptionalLong.of(duration));
    }
}
