<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>sluice::ui::AuditWorker</name>
    <message numerus="yes">
        <location filename="../ui/pages/audit/AuditWorker.cpp" line="123"/>
        <source>Exported %n audit rows to %1.</source>
        <translation>
            <numerusform>Exported %n audit row to %1.</numerusform>
            <numerusform>Exported %n audit rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::ThrottlePage</name>
    <message numerus="yes">
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="307"/>
        <source>%n level change(s)</source>
        <translation>
            <numerusform>%n level change</numerusform>
            <numerusform>%n level changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::VipPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="95"/>
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
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="104"/>
        <source>Imported %n VIP assignment(s) from %1.</source>
        <translation>
            <numerusform>Imported %n VIP assignment from %1.</numerusform>
            <numerusform>Imported %n VIP assignments from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="137"/>
        <source>Exported %n VIP assignment(s) to %1.</source>
        <translation>
            <numerusform>Exported %n VIP assignment to %1.</numerusform>
            <numerusform>Exported %n VIP assignments to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vip</name>
    <message numerus="yes">
        <location filename="../app/VipCommand.cpp" line="127"/>
        <source>imported %n VIP assignment(s) from %1 into %2</source>
        <translation>
            <numerusform>imported %n VIP assignment from %1 into %2</numerusform>
            <numerusform>imported %n VIP assignments from %1 into %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/VipCommand.cpp" line="153"/>
        <source>exported %n VIP assignment(s) to %1</source>
        <translation>
            <numerusform>exported %n VIP assignment to %1</numerusform>
            <numerusform>exported %n VIP assignments to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
