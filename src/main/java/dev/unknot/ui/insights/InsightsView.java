package dev.unknot.ui.insights;

import dev.unknot.domain.insights.DailyMinutes;
import dev.unknot.domain.insights.Insights;
import dev.unknot.domain.insights.PainTrend;
import dev.unknot.domain.insights.SideBalance;
import dev.unknot.domain.insights.TargetTotals;
import dev.unknot.domain.insights.WeeklyMinutes;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The insights screen: charts drawn straight from the view-model's computed insights. */
public final class InsightsView extends ScrollPane {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    private final InsightsViewModel vm;
    private final VBox charts = new VBox(18);

    public InsightsView(InsightsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("insights-view");
        setFitToWidth(true);

        Label title = new Label("Insights");
        title.getStyleClass().add("screen-title");
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("empty-state");
        message.setWrapText(true);
        message.visibleProperty().bind(Bindings.isNotEmpty(vm.messageProperty()));
        message.managedProperty().bind(message.visibleProperty());
        Label overview = new Label();
        overview.textProperty().bind(vm.overviewTextProperty());
        overview.getStyleClass().add("insights-overview");
        overview.setWrapText(true);

        charts.visibleProperty().bind(vm.emptyProperty().not().and(vm.insightsProperty().isNotNull()));
        charts.managedProperty().bind(charts.visibleProperty());
        overview.visibleProperty().bind(charts.visibleProperty());
        overview.managedProperty().bind(charts.visibleProperty());

        VBox page = new VBox(12, title, message, overview, charts);
        page.getStyleClass().add("insights-page");
        setContent(page);

        vm.insightsProperty().addListener((o, a, b) -> draw(b));
        draw(vm.insightsProperty().get());
    }

    private void draw(Insights insights) {
        charts.getChildren().clear();
        if (insights == null || insights.overview().totalSessions() == 0) {
            return;
        }
        charts.getChildren().addAll(
                section("Minutes per target, last 12 weeks", weekly(insights.weekly())),
                section("Pain before and after, last 12 weeks", pain(insights.pain())),
                section("Session days, last 12 weeks", calendar(insights.daily())),
                section("Left and right", sides(insights.sides())),
                section("Totals per target", totals(insights.totals())));
    }

    private Node weekly(WeeklyMinutes weekly) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("minutes");
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setAnimated(false);
        chart.getStyleClass().add("weekly-chart");
        chart.setAccessibleText("Minutes worked per target in each of the last 12 weeks");
        for (String target : weekly.targetIds()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(vm.targetName(target));
            for (WeeklyMinutes.Week week : weekly.weeks()) {
                series.getData().add(new XYChart.Data<>(DAY_MONTH.format(week.monday()), week.minutes(target)));
            }
            chart.getData().add(series);
        }
        chart.setPrefHeight(320);
        return chart;
    }

    private Node pain(PainTrend pain) {
        Label verdict = new Label();
        verdict.textProperty().bind(vm.painTextProperty());
        verdict.setWrapText(true);
        verdict.getStyleClass().add("pain-verdict");
        if (pain.points().isEmpty()) {
            return verdict;
        }
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return DAY_MONTH.format(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis(0, 10, 1);
        y.setLabel("pain (0–10)");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.getStyleClass().add("pain-chart");
        chart.setAccessibleText("Pain before and after each session, with trend lines");
        XYChart.Series<Number, Number> before = new XYChart.Series<>();
        before.setName("Before");
        XYChart.Series<Number, Number> after = new XYChart.Series<>();
        after.setName("After");
        for (PainTrend.PainPoint p : pain.points()) {
            long day = p.date().toEpochDay();
            p.before().ifPresent(v -> before.getData().add(new XYChart.Data<>(day, v)));
            p.after().ifPresent(v -> after.getData().add(new XYChart.Data<>(day, v)));
        }
        chart.getData().add(before);
        chart.getData().add(after);
        pain.before().ifPresent(t -> chart.getData().add(trend("Trend before", t)));
        pain.after().ifPresent(t -> chart.getData().add(trend("Trend after", t)));
        chart.setPrefHeight(300);
        return new VBox(6, verdict, chart);
    }

    private static XYChart.Series<Number, Number> trend(String name, PainTrend.Trend t) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        series.getData().add(new XYChart.Data<>(t.firstDate().toEpochDay(), t.fittedFirst()));
        series.getData().add(new XYChart.Data<>(t.lastDate().toEpochDay(), t.fittedLast()));
        return series;
    }

    /** A heat map: one column per week, Monday at the top; darker means more minutes that day. */
    private Node calendar(DailyMinutes daily) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("calendar");
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setAccessibleText("Calendar of session days");
        String[] weekdays = {"Mon", "", "Wed", "", "Fri", "", "Sun"};
        for (int d = 0; d < 7; d++) {
            Label day = new Label(weekdays[d]);
            day.getStyleClass().add("calendar-weekday");
            grid.add(day, 0, d);
        }
        for (DailyMinutes.Day day : daily.days()) {
            Region cell = new Region();
            cell.getStyleClass().addAll("calendar-day", "level-" + level(day.minutes(), daily.maxMinutes()));
            cell.setPrefSize(18, 18);
            cell.setMinSize(18, 18);
            String text = FULL.format(day.date()) + ": " + (day.sessions() == 0 ? "no session"
                    : day.sessions() + (day.sessions() == 1 ? " session, " : " sessions, ")
                    + Math.round(day.minutes()) + " min");
            Tooltip.install(cell, new Tooltip(text));
            cell.setAccessibleText(text);
            grid.add(cell, day.week() + 1, day.date().getDayOfWeek().getValue() - 1);
        }
        Label streaks = new Label();
        streaks.textProperty().bind(vm.streakTextProperty());
        streaks.getStyleClass().add("streaks");
        VBox box = new VBox(8, streaks, grid);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    static int level(double minutes, double max) {
        if (minutes <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.min(4, Math.ceil(4 * minutes / max));
    }

    private Node sides(SideBalance balance) {
        if (balance.targets().isEmpty()) {
            return new Label("No target worked one side at a time yet.");
        }
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("minutes");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.getStyleClass().add("sides-chart");
        chart.setAccessibleText("Minutes on the left and right side per target");
        XYChart.Series<String, Number> left = new XYChart.Series<>();
        left.setName("Left");
        XYChart.Series<String, Number> right = new XYChart.Series<>();
        right.setName("Right");
        for (SideBalance.TargetSides t : balance.targets()) {
            left.getData().add(new XYChart.Data<>(vm.targetName(t.targetId()), t.leftMinutes()));
            right.getData().add(new XYChart.Data<>(vm.targetName(t.targetId()), t.rightMinutes()));
        }
        chart.getData().add(left);
        chart.getData().add(right);
        chart.setPrefHeight(280);
        return chart;
    }

    private Node totals(TargetTotals totals) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("totals-table");
        grid.setHgap(28);
        grid.setVgap(6);
        String[] headings = {"Target", "Time worked", "Sessions", "Last worked"};
        for (int c = 0; c < headings.length; c++) {
            Label h = new Label(headings[c]);
            h.getStyleClass().add("summary-heading");
            grid.add(h, c, 0);
        }
        int r = 1;
        for (TargetTotals.TargetTotal t : totals.targets()) {
            grid.add(cell(vm.targetName(t.targetId())), 0, r);
            grid.add(cell(InsightsViewModel.hoursAndMinutes(t.minutes())), 1, r);
            grid.add(cell(Integer.toString(t.sessions())), 2, r);
            grid.add(cell(FULL.format(t.lastWorked())), 3, r);
            r++;
        }
        return grid;
    }

    private static Label cell(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("totals-cell");
        return label;
    }

    private static Node section(String heading, Node body) {
        Label label = new Label(heading);
        label.getStyleClass().add("section-title");
        VBox box = new VBox(8, label, body);
        box.getStyleClass().add("insights-section");
        return box;
    }
}
