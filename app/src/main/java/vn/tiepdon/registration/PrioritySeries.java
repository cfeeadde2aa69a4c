package vn.tiepdon.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.tiepdon.queue.Service;

/**
 * Priority patients take numbers from a series of their own for the same service, so they can be
 * called first without renumbering anyone: {@code UA001} beside {@code A001}. The series is a queue
 * of its own in the ledger (its own code), numbered from 1 each day like every other.
 */
public final class PrioritySeries {

    /** Printed in front of the service prefix; "U" for "ưu tiên". */
    public static final String PREFIX = "U";
    static final String CODE_SUFFIX = "-UT";

    private PrioritySeries() {
    }

    /** The service's priority series: its own code and prefix, the same place to go and price. */
    public static Service of(Service service) {
        return new Service(service.code() + CODE_SUFFIX, PREFIX + service.prefix(),
                service.nameVi() + " (ưu tiên)",
                service.nameEn() == null || service.nameEn().isBlank() ? "" : service.nameEn() + " (priority)",
                service.priceDong(), service.whereVi(), service.whereEn(), service.icon());
    }

    /**
     * Every configured service followed by its priority series: what a ticket's service code can name, so screens,
     * lists and reports show "Khám BHYT (ưu tiên)" and never {@code KBHYT-UT}.
     */
    public static List<Service> withPrioritySeries(List<Service> services) {
        return services.stream().flatMap(s -> Stream.of(s, of(s))).toList();
    }

    /** {@link #withPrioritySeries} by service code, for looking up a ticket's service; the first of a code wins. */
    public static Map<String, Service> byCode(List<Service> services) {
        Map<String, Service> byCode = new LinkedHashMap<>();
        withPrioritySeries(services).forEach(service -> byCode.putIfAbsent(service.code(), service));
        return Map.copyOf(byCode);
    }

    public static boolean isPriority(String serviceCode) {
        return serviceCode.endsWith(CODE_SUFFIX);
    }
}
