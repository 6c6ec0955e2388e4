<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="73"/>
        <source>--speed: &apos;%1&apos; is not max or a factor from 1 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="81"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/Format.cpp" line="13"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="18"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="25"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="27"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="29"/>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="38"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="40"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="42"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="44"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="46"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitFormat</name>
    <message>
        <location filename="../ui/pages/reputation/LimitFormat.cpp" line="16"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/LimitFormat.cpp" line="18"/>
        <source>%1/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/LimitFormat.cpp" line="20"/>
        <source>%1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/LimitFormat.cpp" line="22"/>
        <source>%1/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/LimitFormat.cpp" line="24"/>
        <source>%1 per %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/LimitFormat.cpp" line="37"/>
        <source>%1 × %2 × %3 × %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <location filename="../ui/TimeRange.cpp" line="27"/>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeRange.cpp" line="29"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeRange.cpp" line="31"/>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeRange.cpp" line="33"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/ConsoleCommand.cpp" line="47"/>
        <source>Sluice, the rate-limiting console.

Commands (each has --help):
  simulate     run a scenario headless and write a JSON report
  screenshots  render every page to PNG files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConsoleCommand.cpp" line="53"/>
        <source>Use the database &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConsoleCommand.cpp" line="56"/>
        <source>Read engine defaults from &lt;file&gt; (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConsoleCommand.cpp" line="60"/>
        <source>Simulated traffic: a built-in scenario &lt;name&gt;, a file, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConsoleCommand.cpp" line="63"/>
        <source>Simulation speed: max or a factor 1..10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConsoleCommand.cpp" line="93"/>
        <source>Engine stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConsoleCommand.cpp" line="94"/>
        <source>Sluice cannot start its engine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="41"/>
        <source>Warms the engine with simulated traffic, then renders every page to &lt;page&gt;.png.
Example: sluice screenshots --out shots --scenario ddos-wave --warmup 30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="46"/>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="48"/>
        <source>Directory for the PNG files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="51"/>
        <source>Scenario to warm up with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="54"/>
        <source>Simulated time before the shots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="56"/>
        <source>Window size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="61"/>
        <source>--out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="67"/>
        <source>--warmup: &apos;%1&apos; is not a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="72"/>
        <source>--size: &apos;%1&apos; is not WxH between 640x480 and 7680x4320</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="77"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="112"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simulate</name>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="36"/>
        <source>Runs a traffic scenario through the engine without a display and writes a JSON report.
Example: sluice simulate --scenario normal-day --duration 1h --report day.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="40"/>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="42"/>
        <source>Built-in scenario &lt;name&gt; or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="46"/>
        <source>Simulated time, e.g. 90s, 10m, 1h, 2d (default: the scenario&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="49"/>
        <source>max, or a factor from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="52"/>
        <source>Random seed (default: the scenario&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="55"/>
        <source>Engine configuration &lt;file&gt; (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="58"/>
        <source>Also persist into the database &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="61"/>
        <source>Write the JSON report to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="72"/>
        <source>--scenario and --report are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="81"/>
        <source>--duration: &apos;%1&apos; is not a duration like 90s, 10m, 1h or 2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="97"/>
        <source>--seed: &apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="172"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::app::EngineHost</name>
    <message>
        <location filename="../app/EngineHost.cpp" line="116"/>
        <source>The engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::ui::HistoryWorker</name>
    <message>
        <location filename="../ui/history/HistoryWorker.cpp" line="32"/>
        <source>The history database %1 does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryWorker.cpp" line="42"/>
        <source>Could not open the history database %1 read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryWorker.cpp" line="75"/>
        <source>Could not read the history of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::ui::KeyDetailPane</name>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="38"/>
        <source>Select a key to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="49"/>
        <source>Key details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="59"/>
        <source>Effective limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="67"/>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="68"/>
        <source>VIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="69"/>
        <source>Traffic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="70"/>
        <source>Last seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="71"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="72"/>
        <source>Effective limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="101"/>
        <source>Details of key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="105"/>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="128"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="130"/>
        <source>%1 allowed, %2 denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="131"/>
        <source>Not seen since the engine started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="135"/>
        <source>base × reputation × VIP × throttle = limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="137"/>
        <source>Reputation does not apply to this key: it is outside the reputation rollout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="140"/>
        <source>The throttle does not apply to this key: it is outside the adaptive limiting rollout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="157"/>
        <source>No violations or tier changes recorded for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="160"/>
        <source>Reputation events, newest first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="182"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="187"/>
        <source>%1 (× %2), does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="189"/>
        <source>%1 (× %2), expires %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="195"/>
        <source>Not known to the engine: the defaults apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="198"/>
        <source>Dormant: idle, its reputation is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="200"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::ui::KeyEventsList</name>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="39"/>
        <source>Reputation events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="40"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="40"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="40"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="54"/>
        <source>Violation, severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="57"/>
        <source>Tier changed: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="70"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::ui::KeyTableModel</name>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="259"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="317"/>
        <source>This column cannot be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="324"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="326"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="328"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="330"/>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="332"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="334"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="336"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::ui::KpiTile</name>
    <message>
        <location filename="../ui/widgets/KpiTile.cpp" line="28"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="32"/>
        <source>Engine starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="36"/>
        <source>Sluice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="38"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="40"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43"/>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Pause or resume the simulated traffic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source> Speed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Simulation speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="107"/>
        <source> Scenario </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source> Time range </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>Time range of the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>Engine running · %1 active keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source> · %1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source> · simulating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>Throttle: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::ui::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="53"/>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="53"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="54"/>
        <source>Active keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="54"/>
        <source>Flagged keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="55"/>
        <source>Trusted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="55"/>
        <source>VIP assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="75"/>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="90"/>
        <source>Most denied keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="186"/>
        <source>Requests per second, last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="187"/>
        <source>Denials by reputation tier, last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="211"/>
        <source>Latest: %1 allowed, %2 denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="221"/>
        <source>Latest denials: %1 flagged, %2 standard, %3 trusted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::ui::ReputationPage</name>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="69"/>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="69"/>
        <source>VIP assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="75"/>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="87"/>
        <source>Idle keys whose reputation is kept while they are away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="125"/>
        <source>Search keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="126"/>
        <source>Search keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="129"/>
        <source>Tier filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="130"/>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="142"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="230"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="231"/>
        <source>Matching: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::ui::ScoreHistogram</name>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="35"/>
        <source>Score histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="37"/>
        <source>Flagged (below %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="38"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="39"/>
        <source>Trusted (above %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="65"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="67"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="113"/>
        <source>Active keys by score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="123"/>
        <source>Score %1–%2: %3 keys (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::ui::ScoreHistoryChart</name>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistoryChart.cpp" line="45"/>
        <source>Score history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistoryChart.cpp" line="60"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistoryChart.cpp" line="64"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::ui::TierDenialsChartView</name>
    <message>
        <location filename="../ui/pages/overview/TierDenialsChartView.cpp" line="20"/>
        <source>denied requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TierDenialsChartView.cpp" line="23"/>
        <source>Denied requests per second by reputation tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::ui::TopDeniedModel</name>
    <message>
        <location filename="../ui/models/TopDeniedModel.cpp" line="90"/>
        <source>%1 denied requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TopDeniedModel.cpp" line="108"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TopDeniedModel.cpp" line="110"/>
        <source>Denied requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sluice::ui::TrafficChartView</name>
    <message>
        <location filename="../ui/pages/overview/TrafficChartView.cpp" line="20"/>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TrafficChartView.cpp" line="25"/>
        <source>Allowed and denied requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TrafficChartView.cpp" line="28"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TrafficChartView.cpp" line="29"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
