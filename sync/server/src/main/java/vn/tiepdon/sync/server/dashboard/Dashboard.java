package vn.tiepdon.sync.server.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.indicators.IndicatorSheets;
import vn.tiepdon.indicators.KioskTotals;
import vn.tiepdon.indicators.ReportLabels;
import vn.tiepdon.indicators.io.ReportHeading;
import vn.tiepdon.indicators.io.XlsxReport;
import vn.tiepdon.sync.server.api.IndicatorQuery;
import vn.tiepdon.sync.server.api.IndicatorReader;
import vn.tiepdon.sync.server.http.ApiError;
import vn.tiepdon.sync.server.http.Replies;
import vn.tiepdon.sync.server.kiosks.Kiosk;
import vn.tiepdon.sync.server.kiosks.KioskRegistry;
import vn.tiepdon.sync.server.people.Role;
import vn.tiepdon.sync.server.people.Users;

/**
 * The managers' dashboard, served by the indicator server itself: a sign-in page, the indicators page (its figures
 * drawn in the browser from {@code /dashboard/data/...}, which answers the same tables as {@code /api/v1/indicators}),
 * CSV and .xlsx exports, and the administrators' kiosk page. Sessions live in the database; every form carries the
 * session's CSRF token, and a form without it is refused.
 */
public final class Dashboard {

    public static final String SESSION_COOKIE = "tiepdon_session";
    /** Before sign-in there is no session: the sign-in form's token is checked against this cookie instead. */
    static final String SIGN_IN_COOKIE = "tiepdon_signin";
    /** A kiosk that has sent nothing for this long is highlighted: at the default 5-minute interval, 12 cycles. */
    static final Duration STALE = Duration.ofHours(1);

    private static final String STATIC = "/dashboard/static/";
    private static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/dist/";
    private static final Map<String, String> FILES = Map.of(
            "app.js", "/vn/tiepdon/sync/server/dashboard/app.js",
            "style.css", "/vn/tiepdon/sync/server/dashboard/style.css",
            "uPlot.iife.min.js", UPLOT + "uPlot.iife.min.js",
            "uPlot.min.css", UPLOT + "uPlot.min.css");
    private static final String SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Users users;
    private final Sessions sessions;
    private final KioskRegistry kiosks;
    private final IndicatorReader reader;
    private final Names names;
    private final Clock clock;
    private final ZoneId zone;

    public Dashboard(Users users, Sessions sessions, KioskRegistry kiosks, IndicatorReader reader, Names names,
                     Clock clock, ZoneId zone) {
        this.users = Objects.requireNonNull(users, "users");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.kiosks = Objects.requireNonNull(kiosks, "kiosks");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.names = Objects.requireNonNull(names, "names");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.redirect("/dashboard", HttpStatus.SEE_OTHER));
        routes.get("/login", this::signInPage);
        routes.post("/login", this::signIn);
        routes.post("/logout", this::signOut);
        routes.get("/dashboard", this::indicatorsPage);
        routes.get("/dashboard/data/indicators", this::indicatorData);
        routes.get("/dashboard/data/kiosks", this::kioskData);
        routes.get("/dashboard/export.csv", ctx -> export(ctx, false));
        routes.get("/dashboard/export.xlsx", ctx -> export(ctx, true));
        routes.get("/dashboard/kiosks", this::kiosksPage);
        routes.post("/dashboard/kiosks", this::enrol);
        routes.post("/dashboard/kiosks/{kiosk}/revoke", this::revoke);
        routes.get(STATIC + "{file}", this::staticFile);
    }

    // --- signing in and out ---

    private void signInPage(Context ctx) {
        signInForm(ctx, DashboardText.of(ctx), Optional.empty(), HttpStatus.OK);
    }

    private void signInForm(Context ctx, DashboardText text, Optional<String> message, HttpStatus status) {
        String token = Sessions.randomToken();
        ctx.cookie(new Cookie(SIGN_IN_COOKIE, token, "/login", -1, ctx.req().isSecure(), true, null, SameSite.STRICT));
        html(ctx, status, Page.of("login.html").withAll(text, "login.").with("title", text.get("title"))
                .with("lang", text.code()).with("otherLang", text.english() ? "vi" : "en")
                .with("otherLanguage", text.get("otherLanguage")).with("csrf", token)
                .withMarkup("message", message.map(m -> "<p class=\"error\" role=\"alert\">" + Page.escape(m) + "</p>")
                        .orElse("")));
    }

    private void signIn(Context ctx) {
        DashboardText text = DashboardText.of(ctx);
        String expected = ctx.cookie(SIGN_IN_COOKIE);
        if (expected == null || !Sessions.same(expected, ctx.formParam("csrf"))) {
            signInForm(ctx, text, Optional.of(text.get("csrf.refused")), HttpStatus.FORBIDDEN);
            return;
        }
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
        Optional<Role> role = name.isEmpty() || name.length() > 64 ? Optional.empty()
                : users.authenticate(name, password);
        java.util.Arrays.fill(password, '\0');
        if (role.isEmpty()) {
            signInForm(ctx, text, Optional.of(text.get("login.failed")), HttpStatus.UNAUTHORIZED);
            return;
        }
        String id = sessions.open(name, role.get());
        ctx.cookie(new Cookie(SESSION_COOKIE, id, "/", -1, ctx.req().isSecure(), true, null, SameSite.STRICT));
        ctx.removeCookie(SIGN_IN_COOKIE, "/login");
        ctx.redirect("/dashboard", HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        Optional<Session> session = session(ctx);
        if (session.isPresent() && form(ctx, session.get())) {
            sessions.close(ctx.cookie(SESSION_COOKIE));
            ctx.removeCookie(SESSION_COOKIE, "/");
        }
        if (!ctx.res().isCommitted() && ctx.status() != HttpStatus.FORBIDDEN) {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
        }
    }

    // --- the indicators page and its data ---

    private void indicatorsPage(Context ctx) {
        Optional<Session> found = session(ctx);
        if (found.isEmpty()) {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return;
        }
        Session session = found.get();
        DashboardText text = DashboardText.of(ctx);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Kiosk> enrolled = kiosks.list();
        Map<String, String> facilityNames = names.all(Names.Kind.FACILITY, text.locale());
        StringBuilder facilityOptions = new StringBuilder();
        for (String facility : new TreeSet<>(enrolled.stream().map(Kiosk::facility).toList())) {
            facilityOptions.append(option(facility, facilityNames.getOrDefault(facility, facility)));
        }
        StringBuilder kioskOptions = new StringBuilder();
        enrolled.forEach(kiosk -> kioskOptions.append(option(kiosk.id(), kiosk.id())));
        Map<String, Object> boot = new LinkedHashMap<>();
        boot.put("locale", text.english() ? "en" : "vi-VN");
        boot.put("text", texts(text));
        boot.put("columns", columns(text));
        boot.put("services", names.all(Names.Kind.SERVICE, text.locale()));
        boot.put("facilities", facilityNames);
        Page page = Page.of("dashboard.html").with("title", text.get("title")).with("lang", text.code())
                .with("otherLang", text.english() ? "vi" : "en").with("otherLanguage", text.get("otherLanguage"))
                .with("user", session.user()).with("role", text.get("role." + session.role().code()))
                .with("csrf", session.csrf()).with("logout", text.get("logout"))
                .with("fromValue", today.minusDays(29).toString()).with("toValue", today.toString())
                .withMarkup("facilityOptions", facilityOptions.toString())
                .withMarkup("kioskOptions", kioskOptions.toString())
                .withMarkup("adminLink", session.isAdmin() ? "<a id=\"manageKiosks\" href=\"/dashboard/kiosks\">"
                        + Page.escape(text.get("manageKiosks")) + "</a>" : "")
                // JSON inside a script element: "</" would end the element early, so it is written "<\/".
                .withMarkup("boot", new String(Replies.bytes(boot), StandardCharsets.UTF_8).replace("</", "<\\/"));
        for (String key : List.of("from", "to", "facility", "kiosk", "all", "period", "byDay", "byWeek", "byMonth",
                "show", "kiosksTitle", "chartsTitle", "facilitiesTitle", "perKioskTitle", "tableTitle")) {
            page.with(key, text.get(key));
        }
        html(ctx, HttpStatus.OK, page);
    }

    private static Map<String, String> texts(DashboardText text) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : text.keys("")) {
            if (!key.startsWith("login.") && !key.startsWith("kiosks.")) {
                texts.put(key, text.get(key));
            }
        }
        return texts;
    }

    private static Map<String, String> columns(DashboardText text) {
        ReportLabels labels = new ReportLabels(text.english() ? java.util.Locale.ENGLISH : java.util.Locale.ROOT);
        Map<String, String> columns = new LinkedHashMap<>();
        for (String key : Breakdown.DAY_COLUMNS) {
            columns.put(key, labels.column(key));
        }
        for (String key : List.of("tickets", "printed", "print_failed", "service", "kiosk", "facility", "week",
                "month")) {
            columns.putIfAbsent(key, labels.column(key));
        }
        columns.put("hour", text.get("hour"));   // the workbook's "hour" label is a pattern for its hour columns
        return columns;
    }

    private void indicatorData(Context ctx) throws ApiError {
        requireSession(ctx);
        IndicatorQuery report = IndicatorQuery.of(ctx);
        Replies.json(ctx, 200, report.table(reader).asJsonTree(report.from(), report.to(), report.by()));
    }

    private void kioskData(Context ctx) throws ApiError {
        requireSession(ctx);
        Instant now = clock.instant();
        List<Map<String, Object>> list = kiosks.list().stream().map(kiosk -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kiosk", kiosk.id());
            row.put("facility", kiosk.facility());
            row.put("lastSeen", kiosk.lastSeen().map(Instant::toString).orElse(null));
            row.put("lastCursor", kiosk.lastCursor().isPresent() ? kiosk.lastCursor().getAsLong() : null);
            row.put("revoked", kiosk.revoked());
            row.put("stale", silent(kiosk, now));
            return row;
        }).toList();
        Replies.json(ctx, 200, list);
    }

    private void export(Context ctx, boolean xlsx) throws ApiError, IOException {
        requireSession(ctx);
        IndicatorQuery report = IndicatorQuery.of(ctx);
        String name = "chi-so-" + report.from() + "-" + report.to();
        if (xlsx) {
            List<KioskTotals> selected = reader.read(report.from(), report.to(), IndicatorReader.Shape.EVERY_HOUR,
                    report.selection());
            List<vn.tiepdon.indicators.EventTotal> totals = new java.util.ArrayList<>();
            List<vn.tiepdon.indicators.DurationCount> durations = new java.util.ArrayList<>();
            selected.forEach(k -> {
                totals.addAll(k.totals());
                durations.addAll(k.durations());
            });
            DashboardText text = DashboardText.of(ctx);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XlsxReport.write(IndicatorSheets.of(totals, durations, report.from(), report.to()), heading(report, text),
                    new ReportLabels(text.english() ? java.util.Locale.ENGLISH : java.util.Locale.ROOT), out);
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
            ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            ctx.result(out.toByteArray());
        } else {
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "-" + report.by().name()
                    .toLowerCase(java.util.Locale.ROOT) + ".csv\"");
            ctx.contentType("text/csv; charset=utf-8");
            ctx.result(report.table(reader).asCsv());
        }
    }

    /**
     * Who the workbook says reports: the facilities of the kiosks it covers, by the names set with {@code server
     * name facility} (a facility without one by its code), those kiosks, and the services by name.
     */
    private ReportHeading heading(IndicatorQuery report, DashboardText text) {
        IndicatorReader.Selection selection = report.selection();
        // The enrolled kiosks the selection covers; a revoked one only when asked for by name.
        List<Kiosk> covered = kiosks.list().stream()
                .filter(k -> selection.kiosk().map(k.id()::equals).orElse(!k.revoked()))
                .filter(k -> selection.facility().map(k.facility()::equals).orElse(true)).toList();
        TreeSet<String> facilities = new TreeSet<>(covered.stream().map(Kiosk::facility).toList());
        selection.facility().ifPresent(facilities::add);
        Map<String, String> facilityNames = names.all(Names.Kind.FACILITY, text.locale());
        List<ReportHeading.Unit> units = facilities.stream().map(code -> facilityNames.containsKey(code)
                ? new ReportHeading.Unit(facilityNames.get(code), code) : new ReportHeading.Unit(code, "")).toList();
        return new ReportHeading(units, covered.stream().map(Kiosk::id).sorted().toList(), report.from(),
                report.to(), LocalDate.now(clock.withZone(zone)), names.all(Names.Kind.SERVICE, text.locale()));
    }

    // --- kiosks (administrators) ---

    private void kiosksPage(Context ctx) {
        Optional<Session> session = session(ctx);
        if (session.isEmpty()) {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return;
        }
        DashboardText text = DashboardText.of(ctx);
        if (!session.get().isAdmin()) {
            notice(ctx, HttpStatus.FORBIDDEN, session.get(), text, text.get("kiosks.adminOnly"), true);
            return;
        }
        notice(ctx, HttpStatus.OK, session.get(), text, null, false);
    }

    private void enrol(Context ctx) {
        Optional<Session> session = adminForm(ctx);
        if (session.isEmpty()) {
            return;
        }
        DashboardText text = DashboardText.of(ctx);
        String facility = Optional.ofNullable(ctx.formParam("facility")).orElse("").strip();
        String kiosk = Optional.ofNullable(ctx.formParam("kiosk")).orElse("").strip();
        try {
            String token = kiosks.enrol(facility, kiosk, false);
            notice(ctx, HttpStatus.OK, session.get(), text, text.format("kiosks.tokenOnce", kiosk)
                    + "\n" + token, false);
        } catch (KioskRegistry.EnrolmentRefused refused) {
            notice(ctx, HttpStatus.BAD_REQUEST, session.get(), text,
                    text.format("kiosks.refused", refused.getMessage()), true);
        }
    }

    private void revoke(Context ctx) {
        Optional<Session> session = adminForm(ctx);
        if (session.isEmpty()) {
            return;
        }
        DashboardText text = DashboardText.of(ctx);
        String kiosk = ctx.pathParam("kiosk");
        try {
            kiosks.revoke(kiosk);
            notice(ctx, HttpStatus.OK, session.get(), text, text.format("kiosks.revoked", kiosk), false);
        } catch (KioskRegistry.EnrolmentRefused refused) {
            notice(ctx, HttpStatus.NOT_FOUND, session.get(), text, refused.getMessage(), true);
        }
    }

    /** The administrator's session of a form that carries its CSRF token; else the refusal is already written. */
    private Optional<Session> adminForm(Context ctx) {
        Optional<Session> session = session(ctx);
        DashboardText text = DashboardText.of(ctx);
        if (session.isEmpty()) {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        if (!form(ctx, session.get())) {
            return Optional.empty();
        }
        if (!session.get().isAdmin()) {
            notice(ctx, HttpStatus.FORBIDDEN, session.get(), text, text.get("kiosks.adminOnly"), true);
            return Optional.empty();
        }
        return session;
    }

    private void notice(Context ctx, HttpStatus status, Session session, DashboardText text, String message,
                        boolean error) {
        String markup = "";
        if (message != null) {
            int newline = message.indexOf('\n');
            markup = newline < 0 ? "<p class=\"" + (error ? "error" : "notice") + "\" role=\"alert\">"
                    + Page.escape(message) + "</p>"
                    : "<div class=\"notice\" role=\"alert\"><p>" + Page.escape(message.substring(0, newline))
                    + "</p><p id=\"token\" class=\"token\">" + Page.escape(message.substring(newline + 1)) + "</p></div>";
        }
        StringBuilder rows = new StringBuilder("<table id=\"kioskTable\"><thead><tr><th>")
                .append(Page.escape(text.get("kiosk"))).append("</th><th>").append(Page.escape(text.get("facility")))
                .append("</th><th>").append(Page.escape(text.get("lastSeen"))).append("</th><th>")
                .append(Page.escape(text.get("state"))).append("</th><th></th></tr></thead><tbody>");
        Instant now = clock.instant();
        for (Kiosk kiosk : session.isAdmin() ? kiosks.list() : List.<Kiosk>of()) {
            boolean stale = silent(kiosk, now);
            rows.append("<tr").append(stale ? " class=\"stale\"" : "").append(" data-kiosk=\"")
                    .append(Page.escape(kiosk.id())).append("\"><td>").append(Page.escape(kiosk.id()))
                    .append("</td><td>").append(Page.escape(kiosk.facility())).append("</td><td>")
                    .append(Page.escape(kiosk.lastSeen().map(s -> s.atZone(zone).toLocalDateTime().withNano(0)
                            .toString().replace('T', ' ')).orElse(text.get("never"))))
                    .append("</td><td>").append(Page.escape(text.get(kiosk.revoked() ? "revoked"
                            : stale ? "stale" : "ok"))).append("</td><td>");
            if (!kiosk.revoked()) {
                rows.append("<form method=\"post\" action=\"/dashboard/kiosks/").append(Page.escape(kiosk.id()))
                        .append("/revoke\"><input type=\"hidden\" name=\"csrf\" value=\"")
                        .append(Page.escape(session.csrf())).append("\"><button>")
                        .append(Page.escape(text.get("kiosks.revoke"))).append("</button></form>");
            }
            rows.append("</td></tr>");
        }
        rows.append("</tbody></table>");
        html(ctx, status, Page.of("kiosks.html").withAll(text, "kiosks.").with("title", text.get("title"))
                .with("lang", text.code()).with("otherLang", text.english() ? "vi" : "en")
                .with("otherLanguage", text.get("otherLanguage")).with("csrf", session.csrf())
                .with("facility", text.get("facility")).with("kiosk", text.get("kiosk"))
                .with("kiosksTitle", text.get("kiosksTitle")).withMarkup("message", markup)
                .withMarkup("kioskTable", session.isAdmin() ? rows.toString() : ""));
    }

    /** A kiosk still enrolled that never sent, or not for {@link #STALE}: highlighted on both pages. */
    private static boolean silent(Kiosk kiosk, Instant now) {
        return !kiosk.revoked() && kiosk.lastSeen().map(seen -> seen.isBefore(now.minus(STALE))).orElse(true);
    }

    // --- sessions and forms ---

    private Optional<Session> session(Context ctx) {
        return sessions.find(ctx.cookie(SESSION_COOKIE));
    }

    private void requireSession(Context ctx) throws ApiError {
        if (session(ctx).isEmpty()) {
            throw ApiError.unauthorized("sign in first");
        }
    }

    /** Whether a form carries its session's CSRF token; if not, the refusal page is written. */
    private boolean form(Context ctx, Session session) {
        if (Sessions.same(session.csrf(), ctx.formParam("csrf"))) {
            return true;
        }
        DashboardText text = DashboardText.of(ctx);
        ctx.status(HttpStatus.FORBIDDEN).contentType("text/plain; charset=utf-8").result(text.get("csrf.refused"));
        return false;
    }

    private static String option(String value, String label) {
        return "<option value=\"" + Page.escape(value) + "\">" + Page.escape(label) + "</option>";
    }

    private static void html(Context ctx, HttpStatus status, Page page) {
        ctx.status(status);
        ctx.header("Content-Security-Policy", SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page.render());
    }

    private void staticFile(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        String resource = FILES.get(file);
        if (resource == null) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        try (InputStream in = Dashboard.class.getResourceAsStream(resource)) {
            if (in == null) {
                ctx.status(HttpStatus.NOT_FOUND);
                return;
            }
            ctx.contentType(file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Cache-Control", "max-age=3600");
            ctx.result(in.readAllBytes());
        }
    }
}
