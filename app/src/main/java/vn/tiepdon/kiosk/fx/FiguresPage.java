package vn.tiepdon.kiosk.fx;

import static vn.tiepdon.kiosk.fx.Controls.label;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tiepdon.admin.Dashboard;
import vn.tiepdon.admin.Figures;
import vn.tiepdon.kiosk.FigureText;
import vn.tiepdon.kiosk.Texts;

/**
 * Today's and this week's indicators side by side, today's tickets by hour and the last seven days' registrations.
 * A table of two columns rather than fourteen tiles: it reads at a glance and fits a 1024 px screen.
 */
final class FiguresPage {

    /** The hours a hospital's outpatient day spans; hours outside it are shown only when they had tickets. */
    static final int FIRST_HOUR = 6;
    static final int LAST_HOUR = 18;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    /** One line of the table: its id, bundle key and how a period's figures show in it. */
    private record Row(String id, String key, Function<Figures, String> value) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("registrations", "admin.figure.registrations", f -> FigureText.count(f.registrations())),
            new Row("citizenIdShare", "admin.figure.citizenIdShare", f -> FigureText.share(f.citizenIdShare())),
            new Row("tickets", "admin.figure.tickets", f -> FigureText.count(f.tickets())),
            new Row("printFailures", "admin.figure.printFailures", f -> FigureText.count(f.printFailures())),
            new Row("medianSeconds", "admin.figure.medianSeconds",
                    f -> FigureText.seconds(f.medianSecondsScanToTicket())),
            new Row("cashlessByCount", "admin.figure.cashlessByCount",
                    f -> FigureText.share(f.cashless().cashlessCount(), f.cashless().paidCount())),
            new Row("cashlessByAmount", "admin.figure.cashlessByAmount",
                    f -> FigureText.share(f.cashless().cashlessDong(), f.cashless().paidDong())),
            new Row("rejectionRate", "admin.figure.rejectionRate", f -> FigureText.share(f.rejectionRate())));

    private final HBox node = new HBox();

    FiguresPage() {
        node.setId("adminFigures");
        node.getStyleClass().add("admin-figures");
    }

    Node node() {
        return node;
    }

    void show(Dashboard dashboard, Texts texts) {
        VBox charts = new VBox(hourChart(dashboard, texts), dayChart(dashboard, texts));
        charts.getStyleClass().add("admin-charts");
        HBox.setHgrow(charts, Priority.ALWAYS);
        node.getChildren().setAll(table(dashboard, texts), charts);
    }

    private static GridPane table(Dashboard dashboard, Texts texts) {
        GridPane table = new GridPane();
        table.getStyleClass().add("figure-table");
        table.add(label(null, "", "figure-head"), 0, 0);
        table.add(value(null, texts.get("admin.figure.today"), "figure-head"), 1, 0);
        table.add(value(null, texts.get("admin.figure.week"), "figure-head"), 2, 0);
        int line = 1;
        for (Row row : ROWS) {
            Label name = label(null, texts.get(row.key()), "figure-name");
            name.setMinHeight(Region.USE_PREF_SIZE); // two lines rather than an ellipsis
            table.add(name, 0, line);
            table.add(value("today-" + row.id(), row.value().apply(dashboard.todayFigures()), "figure-value"), 1, line);
            table.add(value("week-" + row.id(), row.value().apply(dashboard.weekFigures()), "figure-value"), 2, line);
            line++;
        }
        ColumnConstraints name = new ColumnConstraints();
        name.setMaxWidth(230);
        table.getColumnConstraints().add(name);
        // The charts give way, never the figures.
        table.setMinWidth(Region.USE_PREF_SIZE);
        return table;
    }

    /** A figure or a column head: kept whole on one line. */
    private static Label value(String id, String text, String styleClass) {
        Label value = label(id, text, styleClass);
        value.setWrapText(false);
        value.setMinWidth(Region.USE_PREF_SIZE);
        return value;
    }

    private static BarChart<String, Number> hourChart(Dashboard dashboard, Texts texts) {
        long[] byHour = dashboard.ticketsByHourToday();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int hour = 0; hour < byHour.length; hour++) {
            if ((hour >= FIRST_HOUR && hour <= LAST_HOUR) || byHour[hour] > 0) {
                series.getData().add(new XYChart.Data<>(hour + "h", byHour[hour]));
            }
        }
        return chart("hourChart", texts.get("admin.chart.byHour"), series);
    }

    private static BarChart<String, Number> dayChart(Dashboard dashboard, Texts texts) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Map.Entry<java.time.LocalDate, Long> day : dashboard.registrationsLastSevenDays().entrySet()) {
            series.getData().add(new XYChart.Data<>(DAY.format(day.getKey()), day.getValue()));
        }
        return chart("dayChart", texts.get("admin.chart.byDay"), series);
    }

    private static BarChart<String, Number> chart(String id, String title, XYChart.Series<String, Number> series) {
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(new NumberAxis.DefaultFormatter(counts) {
            @Override
            public String toString(Number value) {
                // Whole tickets only: no "2.5" on the axis.
                return value.doubleValue() == Math.rint(value.doubleValue()) ? Long.toString(value.longValue()) : "";
            }
        });
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), counts);
        chart.setId(id);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(4);
        chart.getStyleClass().add("admin-chart");
        chart.getData().add(series);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return chart;
    }
}
