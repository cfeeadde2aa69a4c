package vn.tiepdon.counts;

import java.time.Instant;

/** When the patient whose number is being given began: what the scan-to-ticket time is measured from. */
@FunctionalInterface
public interface PatientStart {

    /**
     * @param withDocument  whether the patient's document was read
     * @param numberAskedAt when the number was asked for (the service chosen)
     */
    Instant of(boolean withDocument, Instant numberAskedAt);

    /** Without a scanner to remember, the patient began when the number was asked for (the reception desk). */
    PatientStart AT_REQUEST = (withDocument, asked) -> asked;
}
