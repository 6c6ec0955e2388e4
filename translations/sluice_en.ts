<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminActionMarker</name>
    <message numerus="yes">
        <location filename="../ui/history/AdminActionMarker.cpp" line="59" />
        <source>VIP import: %n key(s)</source>
        <translation>
            <numerusform>VIP import: %n key</numerusform>
            <numerusform>VIP import: %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminActionText</name>
    <message numerus="yes">
        <location filename="../ui/history/AdminActionText.cpp" line="137" />
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/AdminActionText.cpp" line="147" />
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flag</numerusform>
            <numerusform>%n flags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagFileWarnings</name>
    <message numerus="yes">
        <location filename="../ui/pages/flags/FlagFileWarnings.cpp" line="22" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../ui/Format.cpp" line="88" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/Format.cpp" line="92" />
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/Format.cpp" line="94" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodDocument</name>
    <message numerus="yes">
        <location filename="../ui/report/PeriodDocument.cpp" line="346" />
        <source>%n admin change(s)</source>
        <translation>
            <numerusform>%n admin change</numerusform>
            <numerusform>%n admin changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/PeriodDocument.cpp" line="347" />
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunDocument</name>
    <message numerus="yes">
        <location filename="../ui/report/RunDocument.cpp" line="444" />
        <source>%n line(s) could not be read as requests; the first ones:</source>
        <translation>
            <numerusform>%n line could not be read as a request:</numerusform>
            <numerusform>%n lines could not be read as requests; the first ones:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIfDocument</name>
    <message numerus="yes">
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="45" />
        <source>Both configurations judged the same %1 requests; %n fault(s) were injected into the modelled backend.</source>
        <translation>
            <numerusform>Both configurations judged the same %1 requests; %n fault was injected into the modelled backend.</numerusform>
            <numerusform>Both configurations judged the same %1 requests; %n faults were injected into the modelled backend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="63" />
        <source>%n key(s) of %1 are denied a different number of times by B than by A; the most changed:</source>
        <translation>
            <numerusform>%n key of %1 is denied a different number of times by B than by A; the most changed:</numerusform>
            <numerusform>%n keys of %1 are denied a different number of times by B than by A; the most changed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIfText</name>
    <message numerus="yes">
        <location filename="../ui/pages/whatif/WhatIfText.cpp" line="40" />
        <source>Replayed log: A denies %1 requests (%2), B %3 (%4); %n key(s) of %5 are denied a different number of times.</source>
        <translation>
            <numerusform>Replayed log: A denies %1 requests (%2), B %3 (%4); %n key of %5 is denied a different number of times.</numerusform>
            <numerusform>Replayed log: A denies %1 requests (%2), B %3 (%4); %n keys of %5 are denied a different number of times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message numerus="yes">
        <location filename="../app/FlagsCommand.cpp" line="201" />
        <source>imported %n flag(s) and %1 segment(s) from %2 into %3</source>
        <translation>
            <numerusform>imported %n flag and %1 segment(s) from %2 into %3</numerusform>
            <numerusform>imported %n flags and %1 segment(s) from %2 into %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FlagsCommand.cpp" line="250" />
        <source>exported %n flag(s) and %1 segment(s) to %2</source>
        <translation>
            <numerusform>exported %n flag and %1 segment(s) to %2</numerusform>
            <numerusform>exported %n flags and %1 segment(s) to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>report</name>
    <message numerus="yes">
        <location filename="../app/ReportCommand.cpp" line="119" />
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>serve</name>
    <message numerus="yes">
        <location filename="../app/ServeRedis.cpp" line="98" />
        <source>%n VIP assignment(s) of the fleet's state were left out: their tier is not on this engine</source>
        <translation>
            <numerusform>%n VIP assignment of the fleet's state was left out: its tier is not on this engine</numerusform>
            <numerusform>%n VIP assignments of the fleet's state were left out: their tier is not on this engine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ServeRedis.cpp" line="104" />
        <source>%n field(s) of the fleet's state in Redis could not be read and were left out</source>
        <translation>
            <numerusform>%n field of the fleet's state in Redis could not be read and was left out</numerusform>
            <numerusform>%n fields of the fleet's state in Redis could not be read and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ServeRedis.cpp" line="108" />
        <source>taking %n change(s) from the fleet's state</source>
        <translation>
            <numerusform>taking %n change from the fleet's state</numerusform>
            <numerusform>taking %n changes from the fleet's state</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ServeCommand.cpp" line="482" />
        <source>listening on %1:%2 (%n HTTP thread(s))</source>
        <translation>
            <numerusform>listening on %1:%2 (%n HTTP thread)</numerusform>
            <numerusform>listening on %1:%2 (%n HTTP threads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::AddLogSourceDialog</name>
    <message numerus="yes">
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="204" />
        <source>The first %Ln line(s) as the engine takes them</source>
        <translation>
            <numerusform>The first line as the engine takes it</numerusform>
            <numerusform>The first %Ln lines as the engine takes them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="205" />
        <source>; %Ln rejected.</source>
        <translation>
            <numerusform>; %Ln rejected.</numerusform>
            <numerusform>; %Ln rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::AlertDetailPane</name>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="129" />
        <source>Reputation of %n key(s) lowered by %1 points</source>
        <translation>
            <numerusform>Reputation of %n key lowered by %1 points</numerusform>
            <numerusform>Reputation of %n keys lowered by %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="154" />
        <source>%1 · %Ln request(s)</source>
        <translation>
            <numerusform>%1 · %Ln request</numerusform>
            <numerusform>%1 · %Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::AnomaliesPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="72" />
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alert</numerusform>
            <numerusform>%Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="389" />
        <source>%Ln open alert(s)</source>
        <translation>
            <numerusform>%Ln open alert</numerusform>
            <numerusform>%Ln open alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="416" />
        <source>%Ln alert(s) not resolved across the fleet</source>
        <translation>
            <numerusform>%Ln alert not resolved across the fleet</numerusform>
            <numerusform>%Ln alerts not resolved across the fleet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="417" />
        <source>%Ln alert(s) not resolved on %1</source>
        <translation>
            <numerusform>%Ln alert not resolved on %1</numerusform>
            <numerusform>%Ln alerts not resolved on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::AnomalyChart</name>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AnomalyChart.cpp" line="137" />
        <source>%1: now %2, expected %3; %n alert(s) in the chart.</source>
        <translation>
            <numerusform>%1: now %2, expected %3; %n alert in the chart.</numerusform>
            <numerusform>%1: now %2, expected %3; %n alerts in the chart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::AnomalyText</name>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="114" />
        <source>%n key(s) lowered</source>
        <translation>
            <numerusform>%n key lowered</numerusform>
            <numerusform>%n keys lowered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::AuditPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/audit/AuditPage.cpp" line="57" />
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/audit/AuditPage.cpp" line="58" />
        <source>%Ln change(s), %1 loaded</source>
        <translation>
            <numerusform>%Ln change, %1 loaded</numerusform>
            <numerusform>%Ln changes, %1 loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::AuditWorker</name>
    <message numerus="yes">
        <location filename="../ui/pages/audit/AuditWorker.cpp" line="143" />
        <source>Exported %n audit rows to %1.</source>
        <translation>
            <numerusform>Exported %n audit row to %1.</numerusform>
            <numerusform>Exported %n audit rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::CleanupDialog</name>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/CleanupDialog.cpp" line="46" />
        <source>Every notification created more than %n day(s) ago, read or not, and its delivery records are deleted for good. The audit log records who did it.</source>
        <translation>
            <numerusform>Every notification created more than %n day ago, read or not, and its delivery records are deleted for good. The audit log records who did it.</numerusform>
            <numerusform>Every notification created more than %n days ago, read or not, and its delivery records are deleted for good. The audit log records who did it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::FlagsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="138" />
        <source>%n flag(s), %1 on</source>
        <translation>
            <numerusform>%n flag, %1 on</numerusform>
            <numerusform>%n flags, %1 on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/flags/FlagsPageFiles.cpp" line="75" />
        <source>Imported %n flag(s) from %1.</source>
        <translation>
            <numerusform>Imported %n flag from %1.</numerusform>
            <numerusform>Imported %n flags from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/flags/FlagsPageFiles.cpp" line="112" />
        <source>Exported %n flag(s) to %1.</source>
        <translation>
            <numerusform>Exported %n flag to %1.</numerusform>
            <numerusform>Exported %n flags to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::FleetFlagsFile</name>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="81" />
        <source>Import %n flag(s) from %1 on every engine of the fleet?</source>
        <translation>
            <numerusform>Import %n flag from %1 on every engine of the fleet?</numerusform>
            <numerusform>Import %n flags from %1 on every engine of the fleet?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="85" />
        <source>The file brings %n segment(s). Flags of the same name and segments of the same number are replaced; each engine takes the whole file or none of it.</source>
        <translation>
            <numerusform>The file brings %n segment. Flags of the same name and segments of the same number are replaced; each engine takes the whole file or none of it.</numerusform>
            <numerusform>The file brings %n segments. Flags of the same name and segments of the same number are replaced; each engine takes the whole file or none of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="103" />
        <source>%n flag(s) from %1 imported</source>
        <translation>
            <numerusform>%n flag from %1 imported</numerusform>
            <numerusform>%n flags from %1 imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="106" />
        <source>%n flag(s) from %1 imported, the other flags removed</source>
        <translation>
            <numerusform>%n flag from %1 imported, the other flags removed</numerusform>
            <numerusform>%n flags from %1 imported, the other flags removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::FleetModel</name>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="47" />
        <source>Degraded: %1 of %n node(s) answer</source>
        <translation>
            <numerusform>Degraded: %1 of %n node answers</numerusform>
            <numerusform>Degraded: %1 of %n nodes answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="48" />
        <source>Whole (%n node(s))</source>
        <translation>
            <numerusform>Whole (%n node)</numerusform>
            <numerusform>Whole (%n nodes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="53" />
        <source>%1; %n score change(s) alone</source>
        <translation>
            <numerusform>%1; %n score change alone</numerusform>
            <numerusform>%1; %n score changes alone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::FleetPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="424" />
        <source>Attached to %1: %n engine(s)</source>
        <translation>
            <numerusform>Attached to %1: %n engine</numerusform>
            <numerusform>Attached to %1: %n engines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="427" />
        <source>, %n silent</source>
        <translation>
            <numerusform>, %n silent</numerusform>
            <numerusform>, %n silent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="430" />
        <source>; Redis is degraded on %n of them</source>
        <translation>
            <numerusform>; Redis is degraded on %n of them</numerusform>
            <numerusform>; Redis is degraded on %n of them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::FleetScopeBox</name>
    <message numerus="yes">
        <location filename="../ui/fleet/FleetScopeBox.cpp" line="105" />
        <source>Whole fleet (%n engine(s))</source>
        <translation>
            <numerusform>Whole fleet (%n engine)</numerusform>
            <numerusform>Whole fleet (%n engines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::KeyEventsList</name>
    <message numerus="yes">
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="50" />
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::Keychain</name>
    <message numerus="yes">
        <location filename="../ui/secrets/Keychain.cpp" line="50" />
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="352" />
        <source>%n new since you last looked</source>
        <translation>
            <numerusform>%n new since you last looked</numerusform>
            <numerusform>%n new since you last looked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="466" />
        <source>Not saved: %Ln event(s), retrying</source>
        <translation>
            <numerusform>Not saved: %Ln event, retrying</numerusform>
            <numerusform>Not saved: %Ln events, retrying</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::NotificationStatsView</name>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="62" />
        <source>Delivery by channel, last %n day(s)</source>
        <translation>
            <numerusform>Delivery by channel, last day</numerusform>
            <numerusform>Delivery by channel, last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="64" />
        <source>Notifications by day and type, last %n day(s)</source>
        <translation>
            <numerusform>Notifications by day and type, last day</numerusform>
            <numerusform>Notifications by day and type, last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::NotificationsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationContacts.cpp" line="87" />
        <source>%1 was not imported (%n problem(s)); nothing changed:
%2</source>
        <translation>
            <numerusform>%1 was not imported (%n problem); nothing changed:
%2</numerusform>
            <numerusform>%1 was not imported (%n problems); nothing changed:
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationContacts.cpp" line="94" />
        <source>Imported %n contact(s) from %1.</source>
        <translation>
            <numerusform>Imported %n contact from %1.</numerusform>
            <numerusform>Imported %n contacts from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationContacts.cpp" line="120" />
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="313" />
        <source>%Ln notification(s)</source>
        <translation>
            <numerusform>%Ln notification</numerusform>
            <numerusform>%Ln notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="442" />
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="612" />
        <source>%Ln unread notification(s)</source>
        <translation>
            <numerusform>%Ln unread notification</numerusform>
            <numerusform>%Ln unread notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="484" />
        <source>%Ln unread notification(s) for the ops team across the fleet</source>
        <translation>
            <numerusform>%Ln unread notification for the ops team across the fleet</numerusform>
            <numerusform>%Ln unread notifications for the ops team across the fleet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="485" />
        <source>%Ln unread notification(s) for the ops team on %1</source>
        <translation>
            <numerusform>%Ln unread notification for the ops team on %1</numerusform>
            <numerusform>%Ln unread notifications for the ops team on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="617" />
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="739" />
        <source>Notifications older than %n day(s) deleted.</source>
        <translation>
            <numerusform>Notifications older than %n day deleted.</numerusform>
            <numerusform>Notifications older than %n days deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::OverviewPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="65" />
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln key</numerusform>
            <numerusform>%Ln keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::RecipientDialog</name>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="92" />
        <source>Click again to delete %n notification(s)</source>
        <translation>
            <numerusform>Click again to delete %n notification</numerusform>
            <numerusform>Click again to delete %n notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="218" />
        <source>%1: %Ln notification(s), %2 unread; %3</source>
        <translation>
            <numerusform>%1: %Ln notification, %2 unread; %3</numerusform>
            <numerusform>%1: %Ln notifications, %2 unread; %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::ReportsPage</name>
    <message numerus="yes">
        <location filename="../ui/report/DailyReport.cpp" line="162" />
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::ReputationPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="193" />
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln key</numerusform>
            <numerusform>%Ln keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::ScoreHistogram</name>
    <message numerus="yes">
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="166" />
        <source>Scores of %Ln active key(s): %1 flagged, %2 standard, %3 trusted.</source>
        <translation>
            <numerusform>Scores of %Ln active key: %1 flagged, %2 standard, %3 trusted.</numerusform>
            <numerusform>Scores of %Ln active keys: %1 flagged, %2 standard, %3 trusted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::ScoreHistoryChart</name>
    <message numerus="yes">
        <location filename="../ui/pages/reputation/ScoreHistoryChart.cpp" line="221" />
        <source>Score now %1 (%2), lowest %3; %Ln recorded event(s) since %4.</source>
        <translation>
            <numerusform>Score now %1 (%2), lowest %3; %Ln recorded event since %4.</numerusform>
            <numerusform>Score now %1 (%2), lowest %3; %Ln recorded events since %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::SourcesPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="57" />
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="68" />
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="222" />
        <source>%Ln rejected.</source>
        <translation>
            <numerusform>%Ln rejected.</numerusform>
            <numerusform>%Ln rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::ThrottlePage</name>
    <message numerus="yes">
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="108" />
        <source>%Ln period(s)</source>
        <translation>
            <numerusform>%Ln period</numerusform>
            <numerusform>%Ln periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="388" />
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="514" />
        <source>%n level change(s)</source>
        <translation>
            <numerusform>%n level change</numerusform>
            <numerusform>%n level changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::ThrottleTimelineChart</name>
    <message numerus="yes">
        <location filename="../ui/pages/throttle/ThrottleTimelineChart.cpp" line="226" />
        <source>Throttle level, %1: now %2 (×%3), %Ln level change(s) in the range; CPU %4 %, memory %5 %, %6 requests in flight or queued.</source>
        <translation>
            <numerusform>Throttle level, %1: now %2 (×%3), %Ln level change in the range; CPU %4 %, memory %5 %, %6 requests in flight or queued.</numerusform>
            <numerusform>Throttle level, %1: now %2 (×%3), %Ln level changes in the range; CPU %4 %, memory %5 %, %6 requests in flight or queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::VipPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="64" />
        <source>%1 was not imported (%n problem(s)); nothing changed:
%2</source>
        <translation>
            <numerusform>%1 was not imported (%n problem); nothing changed:
%2</numerusform>
            <numerusform>%1 was not imported (%n problems); nothing changed:
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="73" />
        <source>Imported %n VIP assignment(s) from %1.</source>
        <translation>
            <numerusform>Imported %n VIP assignment from %1.</numerusform>
            <numerusform>Imported %n VIP assignments from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="100" />
        <source>Exported %n VIP assignment(s) to %1.</source>
        <translation>
            <numerusform>Exported %n VIP assignment to %1.</numerusform>
            <numerusform>Exported %n VIP assignments to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPage.cpp" line="163" />
        <source>VIP expiry warnings now come %n day(s) ahead.</source>
        <translation>
            <numerusform>VIP expiry warnings now come %n day ahead.</numerusform>
            <numerusform>VIP expiry warnings now come %n days ahead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPage.cpp" line="218" />
        <source>%Ln assignment(s)</source>
        <translation>
            <numerusform>%Ln assignment</numerusform>
            <numerusform>%Ln assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPage.cpp" line="219" />
        <source>%Ln assignment(s), %1 shown</source>
        <translation>
            <numerusform>%Ln assignment, %1 shown</numerusform>
            <numerusform>%Ln assignments, %1 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPage.cpp" line="244" />
        <source>%Ln tier(s)</source>
        <translation>
            <numerusform>%Ln tier</numerusform>
            <numerusform>%Ln tiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::WhatIfAnswer</name>
    <message numerus="yes">
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="156" />
        <source>Denied, key %1 (%Ln request(s))</source>
        <translation>
            <numerusform>Denied, key %1 (%Ln request)</numerusform>
            <numerusform>Denied, key %1 (%Ln requests)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store</name>
    <message numerus="yes">
        <location filename="../app/EngineHost.cpp" line="338" />
        <source>%Ln reputation event(s)</source>
        <translation>
            <numerusform>%Ln reputation event</numerusform>
            <numerusform>%Ln reputation events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/EngineHost.cpp" line="341" />
        <source>%Ln VIP event(s)</source>
        <translation>
            <numerusform>%Ln VIP event</numerusform>
            <numerusform>%Ln VIP events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/EngineHost.cpp" line="344" />
        <source>%Ln throttle event(s)</source>
        <translation>
            <numerusform>%Ln throttle event</numerusform>
            <numerusform>%Ln throttle events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/EngineHost.cpp" line="347" />
        <source>%Ln key reputation checkpoint(s)</source>
        <translation>
            <numerusform>%Ln key reputation checkpoint</numerusform>
            <numerusform>%Ln key reputation checkpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vip</name>
    <message numerus="yes">
        <location filename="../app/VipCommand.cpp" line="87" />
        <source>imported %n VIP assignment(s) from %1 into %2</source>
        <translation>
            <numerusform>imported %n VIP assignment from %1 into %2</numerusform>
            <numerusform>imported %n VIP assignments from %1 into %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/VipCommand.cpp" line="116" />
        <source>exported %n VIP assignment(s) to %1</source>
        <translation>
            <numerusform>exported %n VIP assignment to %1</numerusform>
            <numerusform>exported %n VIP assignments to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
