package vn.tiepdon.identity;

/** What one scan turned out to be: an identity document, or a rejection with its reason. */
public sealed interface ScanResult {

    record Accepted(IdentityDocument document) implements ScanResult {
    }

    record Rejected(RejectionReason reason) implements ScanResult {
    }
}
