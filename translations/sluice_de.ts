<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminActionMarker</name>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="36" />
        <source>Override set</source>
        <translation>Übersteuerung gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="38" />
        <source>Override: %1</source>
        <translation>Übersteuerung: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="48" />
        <source>Override cleared</source>
        <translation>Übersteuerung aufgehoben</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="51" />
        <source>VIP %1 → %2</source>
        <translation>VIP %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="55" />
        <source>VIP revoked: %1</source>
        <translation>VIP entzogen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/AdminActionMarker.cpp" line="59" />
        <source>VIP import: %n key(s)</source>
        <translation>
            <numerusform>VIP-Import: %n Schlüssel</numerusform>
            <numerusform>VIP-Import: %n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="63" />
        <source>VIP tier %1 ×%2</source>
        <translation>VIP-Stufe %1 ×%2</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="67" />
        <source>VIP tier removed: %1</source>
        <translation>VIP-Stufe entfernt: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="70" />
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="73" />
        <source>Token created: %1</source>
        <translation>Token erstellt: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="76" />
        <source>Token revoked: %1</source>
        <translation>Token widerrufen: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="84" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="86" />
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="87" />
        <source>By %1: %2</source>
        <translation>Von %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionMarker.cpp" line="88" />
        <source>Wall clock: %1</source>
        <translation>Echtzeit: %1</translation>
    </message>
</context>
<context>
    <name>AdminActionText</name>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="24" />
        <source>Throttle override set</source>
        <translation>Übersteuerung der Drosselung gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="25" />
        <source>Throttle override cleared</source>
        <translation>Übersteuerung der Drosselung aufgehoben</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="26" />
        <source>VIP tier saved</source>
        <translation>VIP-Stufe gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="27" />
        <source>VIP tier removed</source>
        <translation>VIP-Stufe entfernt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="28" />
        <source>VIP assigned</source>
        <translation>VIP zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="29" />
        <source>VIP revoked</source>
        <translation>VIP entzogen</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="30" />
        <source>VIP list imported</source>
        <translation>VIP-Liste importiert</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="31" />
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="32" />
        <source>API token created</source>
        <translation>API-Token erstellt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="33" />
        <source>API token revoked</source>
        <translation>API-Token widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="34" />
        <source>Anomaly alert acknowledged</source>
        <translation>Anomaliewarnung bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="35" />
        <source>Anomaly alert resolved</source>
        <translation>Anomaliewarnung erledigt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="36" />
        <source>Automatic response undone</source>
        <translation>Automatische Reaktion zurückgenommen</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="37" />
        <source>Automatic response to an anomaly</source>
        <translation>Automatische Reaktion auf eine Anomalie</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="38" />
        <source>Notification preferences saved</source>
        <translation>Benachrichtigungseinstellungen gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="39" />
        <source>Notification preferences reset</source>
        <translation>Benachrichtigungseinstellungen zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="40" />
        <source>Contact saved</source>
        <translation>Kontakt gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="41" />
        <source>Contact removed</source>
        <translation>Kontakt entfernt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="42" />
        <source>Contacts imported</source>
        <translation>Kontakte importiert</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="43" />
        <source>Notifications marked read</source>
        <translation>Benachrichtigungen als gelesen markiert</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="44" />
        <source>Notification acknowledged</source>
        <translation>Benachrichtigung bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="45" />
        <source>Notifications deleted</source>
        <translation>Benachrichtigungen gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="46" />
        <source>Old notifications removed</source>
        <translation>Alte Benachrichtigungen entfernt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="47" />
        <source>Daily report sent to the ops team</source>
        <translation>Tagesbericht an das Ops-Team geschickt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="48" />
        <source>Feature flag saved</source>
        <translation>Flag gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="49" />
        <source>Feature flag deleted</source>
        <translation>Flag gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="50" />
        <source>Feature flag switched</source>
        <translation>Flag umgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="51" />
        <source>Feature flag rollout changed</source>
        <translation>Rollout des Flags geändert</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="52" />
        <source>Feature flag kill switch</source>
        <translation>Notaus des Flags</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="53" />
        <source>Feature flag schedule set</source>
        <translation>Zeitplan des Flags gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="54" />
        <source>Rollout plan set</source>
        <translation>Rollout-Plan gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="55" />
        <source>Rollout plan paused or resumed</source>
        <translation>Rollout-Plan angehalten oder fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="56" />
        <source>Flag segment saved</source>
        <translation>Segment gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="57" />
        <source>Flag segment deleted</source>
        <translation>Segment gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="58" />
        <source>Feature flags imported</source>
        <translation>Flags importiert</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="59" />
        <source>Scheduled flag change applied</source>
        <translation>Geplante Flag-Änderung ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="60" />
        <source>Rollout plan step</source>
        <translation>Schritt des Rollout-Plans</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="61" />
        <source>Rollout plan halted</source>
        <translation>Rollout-Plan gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="66" />
        <source>Auto-throttle</source>
        <translation>Automatische Drosselung</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="67" />
        <source>Auto-throttle settings</source>
        <translation>Einstellungen der automatischen Drosselung</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="68" />
        <source>Rate limit policies</source>
        <translation>Ratenlimit-Richtlinien</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="69" />
        <source>Reputation settings</source>
        <translation>Ruf-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="70" />
        <source>VIP expiry warning</source>
        <translation>VIP-Ablaufwarnung</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="71" />
        <source>Anomaly detection settings</source>
        <translation>Einstellungen der Anomalieerkennung</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="72" />
        <source>Notification settings</source>
        <translation>Benachrichtigungsregeln und -kanäle</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="81" />
        <source>Reputation system gate</source>
        <translation>Schalter Rufsystem</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="83" />
        <source>Adaptive limiting gate</source>
        <translation>Schalter adaptive Begrenzung</translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="85" />
        <source>Anomaly detection gate</source>
        <translation>Schalter Anomalieerkennung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/AdminActionText.cpp" line="137" />
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n Zuweisung</numerusform>
            <numerusform>%n Zuweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/AdminActionText.cpp" line="147" />
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n Flag</numerusform>
            <numerusform>%n Flags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/AdminActionText.cpp" line="152" />
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
</context>
<context>
    <name>AdminControls</name>
    <message>
        <location filename="../ui/AdminControls.cpp" line="48" />
        <source>This console is read-only (--read-only or --watch): admin changes are turned off.</source>
        <translation>Diese Konsole ist schreibgeschützt (--read-only oder --watch): Admin-Änderungen sind abgeschaltet.</translation>
    </message>
</context>
<context>
    <name>AuditStateText</name>
    <message>
        <location filename="../ui/pages/audit/AuditStateText.cpp" line="37" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditStateText.cpp" line="39" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditStateText.cpp" line="40" />
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/charts/ChartExport.cpp" line="53" />
        <source>Save chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartExport.cpp" line="54" />
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartExport.cpp" line="57" />
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartExport.cpp" line="58" />
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartExport.cpp" line="65" />
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartExport.cpp" line="66" />
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ChartHoverText</name>
    <message>
        <location filename="../ui/charts/ChartHoverText.cpp" line="58" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="135" />
        <source>--speed: '%1' is not max or a factor from 1 to 10000</source>
        <translation>--speed: „%1“ ist weder max noch ein Faktor von 1 bis 10000</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="22" />
        <source>calm for %1 s</source>
        <translation>seit %1 s ruhig</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="23" />
        <source>CPU at %1 %, threshold %2 %</source>
        <translation>CPU bei %1 %, Schwelle %2 %</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="24" />
        <source>memory at %1 %, threshold %2 %</source>
        <translation>Speicher bei %1 %, Schwelle %2 %</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="25" />
        <source>%1 requests in flight, threshold %2</source>
        <translation>%1 Anfragen in Bearbeitung, Schwelle %2</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="26" />
        <source>override cleared</source>
        <translation>Übersteuerung aufgehoben</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="27" />
        <source>override expired</source>
        <translation>Übersteuerung abgelaufen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="28" />
        <source>engine started</source>
        <translation>Engine gestartet</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="30" />
        <source>override expired while stopped; engine started</source>
        <translation>Übersteuerung während des Stillstands abgelaufen; Engine gestartet</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="32" />
        <source>This Sluice runs read-only: admin changes are refused, and nothing was changed</source>
        <translation>Dieses Sluice läuft schreibgeschützt: Admin-Änderungen werden abgelehnt, nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="34" />
        <source>This Sluice watches a database another Sluice writes: make admin changes there; nothing was changed</source>
        <translation>Dieses Sluice beobachtet eine Datenbank, die ein anderes Sluice schreibt: Admin-Änderungen dort vornehmen; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="37" />
        <source>An admin command must say who sends it (no actor given); nothing was changed</source>
        <translation>Ein Admin-Befehl muss angeben, wer ihn sendet (kein Akteur angegeben); nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="38" />
        <source>unknown throttle level</source>
        <translation>unbekannte Drosselstufe</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="39" />
        <source>a throttle override needs a reason</source>
        <translation>eine Übersteuerung der Drosselung braucht eine Begründung</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="40" />
        <source>a throttle override must name who sets it</source>
        <translation>eine Übersteuerung der Drosselung muss nennen, wer sie setzt</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="41" />
        <source>the end of a throttle override must be in the future</source>
        <translation>das Ende einer Übersteuerung der Drosselung muss in der Zukunft liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="42" />
        <source>there is no throttle override to clear</source>
        <translation>es gibt keine Übersteuerung der Drosselung, die aufgehoben werden könnte</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="43" />
        <source>unknown VIP tier '%1'</source>
        <translation>unbekannte VIP-Stufe „%1“</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="45" />
        <source>VIP tier '%1' is still assigned to 1 key; revoke or change it first</source>
        <translation>VIP-Stufe „%1“ ist noch 1 Schlüssel zugewiesen; entziehen oder ändern Sie diese Zuweisung zuerst</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="47" />
        <source>VIP tier '%1' is still assigned to %2 keys; revoke or change them first</source>
        <translation>VIP-Stufe „%1“ ist noch %2 Schlüsseln zugewiesen; entziehen oder ändern Sie diese Zuweisungen zuerst</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="48" />
        <source>a VIP key must be 1 to 255 bytes long</source>
        <translation>ein VIP-Schlüssel muss 1 bis 255 Bytes lang sein</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="50" />
        <source>the expiry of the VIP assignment for '%1' must be in the future</source>
        <translation>der Ablauf der VIP-Zuweisung für „%1“ muss in der Zukunft liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="51" />
        <source>notes are limited to 1000 bytes</source>
        <translation>Notizen sind auf 1000 Bytes begrenzt</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="53" />
        <source>the VIP expiry warning lead time must be between one minute and 90 days</source>
        <translation>die Vorwarnzeit für ablaufende VIP-Zuweisungen muss zwischen einer Minute und 90 Tagen liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="54" />
        <source>key '%1' has no VIP assignment</source>
        <translation>Schlüssel „%1“ hat keine VIP-Zuweisung</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="55" />
        <source>a rollout percentage must be within 0..100</source>
        <translation>ein Rollout-Prozentsatz muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="56" />
        <source>a VIP tier needs a name</source>
        <translation>eine VIP-Stufe braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="57" />
        <source>VIP tier name '%1' is longer than 32 characters</source>
        <translation>der VIP-Stufenname „%1“ ist länger als 32 Zeichen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="58" />
        <source>VIP tier name '%1' must start with a letter</source>
        <translation>der VIP-Stufenname „%1“ muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="60" />
        <source>VIP tier name '%1' may only hold letters, digits, '-' and '_' (no spaces)</source>
        <translation>der VIP-Stufenname „%1“ darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten (keine Leerzeichen)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="62" />
        <source>VIP tier '%1': the multiplier must be between 1.0 and 5.0</source>
        <translation>VIP-Stufe „%1“: der Faktor muss zwischen 1,0 und 5,0 liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="64" />
        <source>VIP tier '%1' needs a multiplier above 0, not %2</source>
        <translation>VIP-Stufe „%1“ braucht einen Faktor über 0, nicht %2</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="66" />
        <source>VIP tier '%1' differs from the existing tier '%2' only in case; use that name or another one</source>
        <translation>VIP-Stufe „%1“ unterscheidet sich von der vorhandenen Stufe „%2“ nur in der Groß-/Kleinschreibung; verwenden Sie diesen oder einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="69" />
        <source>the VIP catalog is full (at most 15 tiers); remove an unused tier first</source>
        <translation>der VIP-Stufenkatalog ist voll (höchstens 15 Stufen); entfernen Sie zuerst eine unbenutzte Stufe</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="70" />
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="71" />
        <source>line %1, column %2 (%3): %4</source>
        <translation>Zeile %1, Spalte %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="72" />
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="73" />
        <source>text follows the closing quote of a field</source>
        <translation>nach dem schließenden Anführungszeichen eines Feldes folgt Text</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="75" />
        <source>a quote inside an unquoted field; quote the field and double the quote</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das Feld in Anführungszeichen und verdoppeln Sie das Zeichen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="76" />
        <source>the file is empty; it needs the header key,tier,expires,notes</source>
        <translation>die Datei ist leer; sie braucht die Kopfzeile key,tier,expires,notes</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="77" />
        <source>the first line must be the header key,tier,expires,notes</source>
        <translation>die erste Zeile muss die Kopfzeile key,tier,expires,notes sein</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="78" />
        <source>expected 4 fields (key, tier, expires, notes), found %1</source>
        <translation>4 Felder erwartet (key, tier, expires, notes), %1 gefunden</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="79" />
        <source>the key is empty</source>
        <translation>der Schlüssel ist leer</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="80" />
        <source>the key is longer than 255 bytes</source>
        <translation>der Schlüssel ist länger als 255 Bytes</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="81" />
        <source>key '%1' already appears on line %2</source>
        <translation>Schlüssel „%1“ steht bereits in Zeile %2</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="83" />
        <source>'%1' is not an ISO 8601 time such as 2027-03-01T12:00:00Z (empty: never expires)</source>
        <translation>„%1“ ist keine ISO-8601-Zeit wie 2027-03-01T12:00:00Z (leer: läuft nie ab)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="85" />
        <source>'%1' is a valid time, but an expiry must lie in the years 1970 to 2200</source>
        <translation>„%1“ ist eine gültige Zeit, aber ein Ablauf muss in den Jahren 1970 bis 2200 liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="87" />
        <source>the file has more than %1 assignments; split it into smaller files</source>
        <translation>die Datei enthält mehr als %1 Zuweisungen; teilen Sie sie in kleinere Dateien auf</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="88" />
        <source>the file has no assignments, only the header</source>
        <translation>die Datei enthält keine Zuweisungen, nur die Kopfzeile</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="89" />
        <source>invalid UTF-8 at byte %1 (%2)</source>
        <translation>ungültiges UTF-8 bei Byte %1 (%2)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="91" />
        <source>control character %1 at character %2; only printable text is allowed</source>
        <translation>Steuerzeichen %1 an Zeichen %2; nur druckbarer Text ist erlaubt</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="93" />
        <source>'%1' starts or ends with white space, which would make it a different key; remove the space</source>
        <translation>„%1“ beginnt oder endet mit Leerraum und wäre damit ein anderer Schlüssel; entfernen Sie das Leerzeichen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="95" />
        <source>the VIP key cannot be used: %1</source>
        <translation>der VIP-Schlüssel ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="96" />
        <source>the notes cannot be used: %1</source>
        <translation>die Notizen sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="98" />
        <source>throttle thresholds for %1 must be positive and rise strictly from low to critical</source>
        <translation>die Drosselschwellen für %1 müssen positiv sein und von Niedrig bis Kritisch streng steigen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="100" />
        <source>throttle thresholds for %1 are percentages and cannot exceed 100</source>
        <translation>die Drosselschwellen für %1 sind Prozentwerte und dürfen 100 nicht überschreiten</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="102" />
        <source>the throttle sampling interval must be between 1 second and 1 hour</source>
        <translation>das Messintervall der Drosselung muss zwischen 1 Sekunde und 1 Stunde liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="104" />
        <source>the throttle recovery cooldown must be between 0 and 24 hours</source>
        <translation>die Erholungswartezeit der Drosselung muss zwischen 0 und 24 Stunden liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="106" />
        <source>the throttle hysteresis margin must be at least 0 % and below 100 % of a threshold</source>
        <translation>der Hysterese-Abstand der Drosselung muss mindestens 0 % und weniger als 100 % einer Schwelle betragen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="107" />
        <source>policy %1: a non-default policy needs a route</source>
        <translation>Richtlinie %1: eine Richtlinie außer der Standardrichtlinie braucht eine Route</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="108" />
        <source>default policy: limit must be at least 1</source>
        <translation>Standardrichtlinie: das Limit muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="109" />
        <source>default policy: period must be positive</source>
        <translation>Standardrichtlinie: der Zeitraum muss positiv sein</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="110" />
        <source>default policy: burst must be at least 1</source>
        <translation>Standardrichtlinie: der Burst muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="111" />
        <source>policy for route '%1': limit must be at least 1</source>
        <translation>Richtlinie für Route „%1“: das Limit muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="112" />
        <source>policy for route '%1': period must be positive</source>
        <translation>Richtlinie für Route „%1“: der Zeitraum muss positiv sein</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="113" />
        <source>policy for route '%1': burst must be at least 1</source>
        <translation>Richtlinie für Route „%1“: der Burst muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="114" />
        <source>at least the default policy is needed</source>
        <translation>mindestens die Standardrichtlinie wird gebraucht</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="116" />
        <source>reputation multiplier for tier '%1' must be between 0.5 and 2.0</source>
        <translation>der Ruf-Faktor für die Stufe „%1“ muss zwischen 0,5 und 2,0 liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="118" />
        <source>reputation thresholds must satisfy 0 &lt;= flagged &lt; trusted &lt;= 100</source>
        <translation>die Rufschwellen müssen 0 &lt;= markiert &lt; vertrauenswürdig &lt;= 100 erfüllen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="120" />
        <source>initial and neutral reputation scores must be within 0..100</source>
        <translation>die Anfangs- und die neutrale Ruf-Punktzahl müssen zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="121" />
        <source>reputation decay factor must be in (0, 1]</source>
        <translation>der Abklingfaktor des Rufs muss größer als 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="123" />
        <source>reputation decay interval and violation window must be at least one second</source>
        <translation>das Abklingintervall des Rufs und das Verstoßfenster müssen mindestens eine Sekunde betragen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="125" />
        <source>clean requests per reputation point must be at least 1</source>
        <translation>saubere Anfragen pro Ruf-Punkt müssen mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="127" />
        <source>violation severity ratios must satisfy 1 &lt; severity2 &lt;= severity3</source>
        <translation>die Schweregrad-Verhältnisse der Verstöße müssen 1 &lt; severity2 &lt;= severity3 erfüllen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="129" />
        <source>idle eviction must be at least a minute and maintenance at least a second</source>
        <translation>das Entfernen inaktiver Schlüssel muss mindestens eine Minute und die Wartung mindestens eine Sekunde betragen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="130" />
        <source>bad time</source>
        <translation>ungültige Zeit</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="131" />
        <source>bad status</source>
        <translation>ungültiger Status</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="132" />
        <source>bad number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="133" />
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="134" />
        <source>the line does not match the format</source>
        <translation>die Zeile passt nicht zum Format</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="135" />
        <source>missing quote</source>
        <translation>fehlendes Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="136" />
        <source>not a flat JSON object</source>
        <translation>kein flaches JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="137" />
        <source>line too long</source>
        <translation>Zeile zu lang</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="138" />
        <source>NUL byte</source>
        <translation>NUL-Byte</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="139" />
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="140" />
        <source>the key is not valid text</source>
        <translation>der Schlüssel ist kein gültiger Text</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="141" />
        <source>the client address is not valid text</source>
        <translation>die Client-Adresse ist kein gültiger Text</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="142" />
        <source>two variables without text between them at %1</source>
        <translation>zwei Variablen ohne Text dazwischen bei %1</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="143" />
        <source>the log format has no variable such as $remote_addr</source>
        <translation>das Log-Format hat keine Variable wie $remote_addr</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="144" />
        <source>the log format has no time: add $time_local, $time_iso8601 or $msec</source>
        <translation>das Log-Format hat keine Zeit: $time_local, $time_iso8601 oder $msec ergänzen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="145" />
        <source>'%1' is not VARIABLE=FIELD with a known variable such as remote_addr</source>
        <translation>'%1' ist nicht VARIABLE=FELD mit einer bekannten Variable wie remote_addr</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="146" />
        <source>unknown log format '%1': use combined, common, json or a pattern with $variables</source>
        <translation>unbekanntes Log-Format '%1': combined, common, json oder ein Muster mit $Variablen verwenden</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="147" />
        <source>header: needs a header name, such as header:X-User-Id</source>
        <translation>header: braucht den Namen eines Header-Felds, etwa header:X-User-Id</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="148" />
        <source>'%1' is not a valid regular expression: %2</source>
        <translation>'%1' ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="149" />
        <source>'%1' has no group ( ) to take the key from</source>
        <translation>'%1' hat keine Gruppe ( ), aus der der Schlüssel kommt</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="150" />
        <source>unknown key '%1': use ip, xff-first, xff-last, user, header:NAME or path:REGEX</source>
        <translation>unbekannter Schlüssel '%1': ip, xff-first, xff-last, user, header:NAME oder path:REGEX verwenden</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="151" />
        <source>the database %1 is gone; the state shown is the last one read</source>
        <translation>die Datenbank %1 ist verschwunden; angezeigt wird der zuletzt gelesene Stand</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="152" />
        <source>cannot read the database %1 (%2); the state shown is the last one read</source>
        <translation>die Datenbank %1 kann nicht gelesen werden (%2); angezeigt wird der zuletzt gelesene Stand</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="153" />
        <source>there is no anomaly alert %1</source>
        <translation>es gibt keine Anomaliewarnung %1</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="154" />
        <source>anomaly alert %1 is already resolved</source>
        <translation>Anomaliewarnung %1 ist bereits erledigt</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="155" />
        <source>anomaly alert %1 is already acknowledged</source>
        <translation>Anomaliewarnung %1 ist bereits bestätigt</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="156" />
        <source>anomaly alert %1 has no automatic response to undo</source>
        <translation>Anomaliewarnung %1 hat keine automatische Reaktion, die sich zurücknehmen ließe</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="157" />
        <source>the automatic response to anomaly alert %1 was already undone</source>
        <translation>die automatische Reaktion auf Anomaliewarnung %1 wurde bereits zurückgenommen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="158" />
        <source>automatic response to anomaly alert %1 (%2 on %3)</source>
        <translation>automatische Reaktion auf Anomaliewarnung %1 (%2 bei %3)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="159" />
        <source>anomaly alert %1: %2 on %3, confidence %4</source>
        <translation>Anomaliewarnung %1: %2 bei %3, Konfidenz %4</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="160" />
        <source>the anomaly sampling interval must be between 1 second and 1 hour</source>
        <translation>das Abtastintervall der Anomalieerkennung muss zwischen 1 Sekunde und 1 Stunde liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="161" />
        <source>the anomaly alert threshold must be above 0 and at most 1</source>
        <translation>die Warnschwelle der Anomalieerkennung muss über 0 und höchstens bei 1 liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="162" />
        <source>the history seasonal alerts wait for must be between 0 and 90 days</source>
        <translation>der Verlauf, auf den saisonale Warnungen warten, muss zwischen 0 und 90 Tagen liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="163" />
        <source>an anomaly alert must resolve after between 1 minute and 7 days of normal traffic</source>
        <translation>eine Anomaliewarnung muss sich nach 1 Minute bis 7 Tagen normalen Verkehrs erledigen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="164" />
        <source>the sensitivity of detector '%1' must be between 0 and 10</source>
        <translation>die Empfindlichkeit des Detektors '%1' muss zwischen 0 und 10 liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="165" />
        <source>an automatic throttle response must last between 1 minute and 24 hours</source>
        <translation>eine automatische Drosselung muss zwischen 1 Minute und 24 Stunden dauern</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="166" />
        <source>an automatic reputation penalty must be between 0 and 100 points</source>
        <translation>ein automatischer Ruf-Abzug muss zwischen 0 und 100 Punkten liegen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="167" />
        <source>no ops webhook URL is set (it is kept in the keychain)</source>
        <translation>keine Ops-Webhook-URL gesetzt (sie liegt im Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="168" />
        <source>no SMS gateway URL is set</source>
        <translation>keine SMS-Gateway-URL gesetzt</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="169" />
        <source>the ops team has no phone numbers for SMS</source>
        <translation>das Ops-Team hat keine Telefonnummern für SMS</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="170" />
        <source>HTTP status %1 from the server</source>
        <translation>HTTP-Status %1 vom Server</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="171" />
        <source>the server answered HTTP status %1: %2</source>
        <translation>der Server antwortete mit HTTP-Status %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="172" />
        <source>the file is empty; it needs the header key,email,phone,webhook</source>
        <translation>die Datei ist leer; sie braucht die Kopfzeile key,email,phone,webhook</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="173" />
        <source>the first line must be the header key,email,phone,webhook</source>
        <translation>die erste Zeile muss die Kopfzeile key,email,phone,webhook sein</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="174" />
        <source>expected 4 fields (key, email, phone, webhook), found %1</source>
        <translation>4 Felder erwartet (key, email, phone, webhook), %1 gefunden</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="175" />
        <source>a contact needs an email address, a phone number or a webhook URL</source>
        <translation>ein Kontakt braucht eine E-Mail-Adresse, eine Telefonnummer oder eine Webhook-URL</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="176" />
        <source>'%1' is not an email address</source>
        <translation>'%1' ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="177" />
        <source>'%1' is not a phone number (digits, spaces and + - ( ) only)</source>
        <translation>'%1' ist keine Telefonnummer (nur Ziffern, Leerzeichen und + - ( ))</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="178" />
        <source>'%1' is not an http:// or https:// URL</source>
        <translation>'%1' ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="179" />
        <source>longer than %1 bytes</source>
        <translation>länger als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="180" />
        <source>the contacts file holds no contacts</source>
        <translation>die Kontaktdatei enthält keine Kontakte</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="181" />
        <source>a recipient is ops or a key: %1</source>
        <translation>ein Empfänger ist ops oder ein Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="182" />
        <source>no notifications were chosen</source>
        <translation>es wurden keine Benachrichtigungen ausgewählt</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="183" />
        <source>a cleanup removes notifications older than at least 1 day</source>
        <translation>eine Bereinigung entfernt Benachrichtigungen, die mindestens 1 Tag alt sind</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="184" />
        <source>Key %1 moved from %2 to %3 (score %4)</source>
        <translation>Schlüssel %1 wechselte von %2 zu %3 (Punktzahl %4)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="185" />
        <source>The reputation score of key %1 went from %2 to %3, so its tier is %4 instead of %5. Its rate limits follow the tier.</source>
        <translation>Die Rufpunktzahl von Schlüssel %1 ging von %2 auf %3, daher ist seine Stufe %4 statt %5. Seine Ratenlimits folgen der Stufe.</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="186" />
        <source>The reputation score of key %1 went from %2 to %3 as it decayed towards neutral, so its tier is %4 instead of %5. Its rate limits follow the tier.</source>
        <translation>Die Rufpunktzahl von Schlüssel %1 ging von %2 auf %3, weil sie zum neutralen Wert hin abklang, daher ist seine Stufe %4 statt %5. Seine Ratenlimits folgen der Stufe.</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="187" />
        <source>Key %1 is now flagged (score %2)</source>
        <translation>Schlüssel %1 ist jetzt markiert (Punktzahl %2)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="188" />
        <source>The reputation score of key %1 fell to %2, into the flagged tier: its rate limits are lowered until the score recovers with clean traffic.</source>
        <translation>Die Rufpunktzahl von Schlüssel %1 fiel auf %2, in die Stufe markiert: Seine Ratenlimits sind gesenkt, bis sich die Punktzahl mit sauberem Verkehr erholt.</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="189" />
        <source>Key %1 is now trusted (score %2)</source>
        <translation>Schlüssel %1 ist jetzt vertrauenswürdig (Punktzahl %2)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="190" />
        <source>The reputation score of key %1 rose to %2, into the trusted tier: its rate limits are raised while it stays there.</source>
        <translation>Die Rufpunktzahl von Schlüssel %1 stieg auf %2, in die Stufe vertrauenswürdig: Seine Ratenlimits sind erhöht, solange er dort bleibt.</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="191" />
        <source>Key %1 went over its rate limit (severity %2)</source>
        <translation>Schlüssel %1 hat sein Ratenlimit überschritten (Schwere %2)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="192" />
        <source>Key %1 sent more requests than its limit allows. Severity %2 of 3; its reputation score went from %3 to %4. Further violation notices for this key wait %5 minutes.</source>
        <translation>Schlüssel %1 hat mehr Anfragen gesendet, als sein Limit erlaubt. Schwere %2 von 3; seine Rufpunktzahl ging von %3 auf %4. Weitere Verstoßmeldungen für diesen Schlüssel warten %5 Minuten.</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="193" />
        <source>Key %1 has a low reputation (score %2)</source>
        <translation>Schlüssel %1 hat einen niedrigen Ruf (Punktzahl %2)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="194" />
        <source>The reputation score of key %1 fell under %2 to %3. Repeated violations lower it further; clean traffic raises it again.</source>
        <translation>Die Rufpunktzahl von Schlüssel %1 fiel unter %2 auf %3. Wiederholte Verstöße senken sie weiter; sauberer Verkehr hebt sie wieder.</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="195" />
        <source>Key %1 is now VIP (%2)</source>
        <translation>Schlüssel %1 ist jetzt VIP (%2)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="196" />
        <source>Key %1 was given the VIP tier %2, which raises its rate limits.</source>
        <translation>Schlüssel %1 hat die VIP-Stufe %2 erhalten, die seine Ratenlimits erhöht.</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="197" />
        <source>The VIP tier of key %1 expires soon (%2)</source>
        <translation>Die VIP-Stufe von Schlüssel %1 läuft bald ab (%2)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="198" />
        <source>The VIP assignment of key %1 (tier %2) ends soon; after that the key has its usual limits again unless it is renewed.</source>
        <translation>Die VIP-Zuweisung von Schlüssel %1 (Stufe %2) endet bald; danach hat der Schlüssel wieder seine üblichen Limits, sofern sie nicht verlängert wird.</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="199" />
        <source>The VIP tier of key %1 has expired (%2)</source>
        <translation>Die VIP-Stufe von Schlüssel %1 ist abgelaufen (%2)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="200" />
        <source>The VIP assignment of key %1 (tier %2) has ended; the key has its usual rate limits again.</source>
        <translation>Die VIP-Zuweisung von Schlüssel %1 (Stufe %2) ist beendet; der Schlüssel hat wieder seine üblichen Ratenlimits.</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="201" />
        <source>Anomaly alert %1</source>
        <translation>Anomaliewarnung %1</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="202" />
        <source>Anomaly alert %1 (key %2)</source>
        <translation>Anomaliewarnung %1 (Schlüssel %2)</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="203" />
        <source>Throttle raised to %1</source>
        <translation>Drosselung erhöht auf %1</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="204" />
        <source>Throttle lowered to %1</source>
        <translation>Drosselung gesenkt auf %1</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="205" />
        <source>Raised from %1 to %2 by the auto-throttle: %3</source>
        <translation>Von %1 auf %2 erhöht durch die automatische Drosselung: %3</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="206" />
        <source>Lowered from %1 to %2 by the auto-throttle: %3</source>
        <translation>Von %1 auf %2 gesenkt durch die automatische Drosselung: %3</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="207" />
        <source>Raised from %1 to %2 by %3: %4</source>
        <translation>Von %1 auf %2 erhöht durch %3: %4</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="208" />
        <source>Lowered from %1 to %2 by %3: %4</source>
        <translation>Von %1 auf %2 gesenkt durch %3: %4</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="209" />
        <source>Operations report for %1</source>
        <translation>Betriebsbericht für %1</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="210" />
        <source>The operations report for %1 is written: %2 requests, %3 of them denied (%4 %), and %5 anomaly alerts.
Files: %6</source>
        <translation>Der Betriebsbericht für %1 ist geschrieben: %2 Anfragen, davon %3 abgelehnt (%4 %), und %5 Anomalie-Alarme.
Dateien: %6</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="211" />
        <source>a report names no file</source>
        <translation>ein Bericht nennt keine Datei</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="212" />
        <source>the report file "%1" is not an absolute path</source>
        <translation>die Berichtsdatei „%1“ ist kein absoluter Pfad</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="213" />
        <source>a report says no period</source>
        <translation>ein Bericht nennt keinen Zeitraum</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="214" />
        <source>a report goes to the inbox, email, SMS or a webhook; nothing else</source>
        <translation>ein Bericht geht an den Posteingang, per E-Mail, SMS oder Webhook; sonst nirgends hin</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="215" />
        <source>the attached file %1 cannot be read</source>
        <translation>die angehängte Datei %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../engine/core/EngineText.cpp" line="216" />
        <source>the attached files hold %1 MB, more than the %2 MB one email carries</source>
        <translation>die angehängten Dateien umfassen %1 MB, mehr als die %2 MB, die eine E-Mail trägt</translation>
    </message>
</context>
<context>
    <name>FlagFileWarnings</name>
    <message numerus="yes">
        <location filename="../ui/pages/flags/FlagFileWarnings.cpp" line="22" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/Format.cpp" line="16" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartHoverText.cpp" line="75" />
        <location filename="../ui/Format.cpp" line="21" />
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="30" />
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="32" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="34" />
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="43" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="45" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="47" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="49" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="51" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="64" />
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="68" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="72" />
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="75" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/Format.cpp" line="88" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/Format.cpp" line="92" />
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/Format.cpp" line="94" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyHistoryQuery</name>
    <message>
        <location filename="../ui/history/KeyHistoryQuery.cpp" line="25" />
        <source>Could not read the history of %1: %2</source>
        <translation>Der Verlauf von %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>LimitFormat</name>
    <message>
        <location filename="../ui/LimitFormat.cpp" line="16" />
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/LimitFormat.cpp" line="18" />
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <location filename="../ui/LimitFormat.cpp" line="20" />
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <location filename="../ui/LimitFormat.cpp" line="22" />
        <source>%1/day</source>
        <translation>%1/Tag</translation>
    </message>
    <message>
        <location filename="../ui/LimitFormat.cpp" line="24" />
        <source>%1 per %2 s</source>
        <translation>%1 pro %2 s</translation>
    </message>
    <message>
        <location filename="../ui/LimitFormat.cpp" line="37" />
        <source>%1 × %2 × %3 × %4 = %5</source>
        <translation>%1 × %2 × %3 × %4 = %5</translation>
    </message>
    <message>
        <location filename="../ui/LimitFormat.cpp" line="45" />
        <source>default route</source>
        <translation>Standardroute</translation>
    </message>
    <message>
        <location filename="../ui/LimitFormat.cpp" line="50" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <location filename="../ui/pages/sources/ListenAddress.cpp" line="12" />
        <source>Enter an address and a port, such as 127.0.0.1:9090.</source>
        <translation>Geben Sie eine Adresse und einen Port ein, etwa 127.0.0.1:9090.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ListenAddress.cpp" line="17" />
        <source>“%1” has no port: add one after a colon, such as 127.0.0.1:9090.</source>
        <translation>„%1“ hat keinen Port: Fügen Sie einen nach einem Doppelpunkt an, etwa 127.0.0.1:9090.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ListenAddress.cpp" line="26" />
        <source>The port “%1” is not a number from 0 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ListenAddress.cpp" line="34" />
        <source>Put an IPv6 address in brackets, such as [::1]:9090.</source>
        <translation>Setzen Sie eine IPv6-Adresse in eckige Klammern, etwa [::1]:9090.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ListenAddress.cpp" line="39" />
        <source>“%1” is not an IP address: use one such as 127.0.0.1, 0.0.0.0 or [::1].</source>
        <translation>„%1“ ist keine IP-Adresse: Verwenden Sie etwa 127.0.0.1, 0.0.0.0 oder [::1].</translation>
    </message>
</context>
<context>
    <name>PeriodDocument</name>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="32" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="44" />
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="47" />
        <source>Revoked</source>
        <translation>Entzogen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="50" />
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="60" />
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="61" />
        <source>%1 requests were decided in this period; %2 of them were denied.</source>
        <translation>In diesem Zeitraum wurden %1 Anfragen entschieden; %2 davon wurden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="65" />
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="65" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="72" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="73" />
        <location filename="../ui/report/PeriodDocument.cpp" line="97" />
        <location filename="../ui/report/PeriodDocument.cpp" line="102" />
        <location filename="../ui/report/PeriodDocument.cpp" line="115" />
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="74" />
        <location filename="../ui/report/PeriodDocument.cpp" line="97" />
        <location filename="../ui/report/PeriodDocument.cpp" line="102" />
        <location filename="../ui/report/PeriodDocument.cpp" line="115" />
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="75" />
        <location filename="../ui/report/PeriodDocument.cpp" line="116" />
        <source>Denied share</source>
        <translation>Anteil abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="76" />
        <source>Busiest second (requests)</source>
        <translation>Spitze (Anfragen/s)</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="77" />
        <source>Busiest second (denials)</source>
        <translation>Spitze (Ablehnungen/s)</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="78" />
        <source>Minutes with traffic</source>
        <translation>Minuten mit Verkehr</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="79" />
        <location filename="../ui/report/PeriodDocument.cpp" line="329" />
        <source>Violations</source>
        <translation>Verstöße</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="80" />
        <location filename="../ui/report/PeriodDocument.cpp" line="233" />
        <source>Anomaly alerts</source>
        <translation>Anomalie-Alarme</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="81" />
        <location filename="../ui/report/PeriodDocument.cpp" line="259" />
        <location filename="../ui/report/PeriodDocument.cpp" line="263" />
        <location filename="../ui/report/PeriodDocument.cpp" line="272" />
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="82" />
        <source>Admin changes</source>
        <translation>Admin-Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="91" />
        <source>Traffic and denials</source>
        <translation>Verkehr und Ablehnungen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="92" />
        <source>Requests allowed and denied, counted per %1.</source>
        <translation>Erlaubte und abgelehnte Anfragen, gezählt je %1.</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="95" />
        <source>Allowed and denied requests</source>
        <translation>Erlaubte und abgelehnte Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="96" />
        <source>requests per %1</source>
        <translation>Anfragen je %1</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="102" />
        <location filename="../ui/report/PeriodDocument.cpp" line="215" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="114" />
        <source>Decisions by reputation tier</source>
        <translation>Entscheidungen nach Reputationsstufe</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="115" />
        <location filename="../ui/report/PeriodDocument.cpp" line="150" />
        <location filename="../ui/report/PeriodDocument.cpp" line="299" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="132" />
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="133" />
        <source>Scores as the database holds them now; tier changes within the period.</source>
        <translation>Werte, wie die Datenbank sie jetzt hält; Stufenwechsel innerhalb des Zeitraums.</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="137" />
        <source>Keys by reputation score</source>
        <translation>Schlüssel nach Reputationswert</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="138" />
        <source>keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="139" />
        <location filename="../ui/report/PeriodDocument.cpp" line="150" />
        <location filename="../ui/report/PeriodDocument.cpp" line="159" />
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="149" />
        <source>Keys by tier</source>
        <translation>Schlüssel nach Stufe</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="158" />
        <source>Tier changes</source>
        <translation>Stufenwechsel</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="159" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="159" />
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="161" />
        <source>No key changed its tier.</source>
        <translation>Kein Schlüssel hat die Stufe gewechselt.</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="172" />
        <source>Throttle</source>
        <translation>Drosselung</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="175" />
        <source>Throttle multiplier</source>
        <translation>Drosselungsfaktor</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="176" />
        <source>lowest in each %1</source>
        <translation>niedrigster je %1</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="177" />
        <source>Multiplier</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="196" />
        <source>Time at each level</source>
        <translation>Zeit je Stufe</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="197" />
        <location filename="../ui/report/PeriodDocument.cpp" line="215" />
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="197" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="197" />
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="211" />
        <source>Not recorded</source>
        <translation>Nicht aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="214" />
        <source>Throttle periods</source>
        <translation>Drosselungsphasen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="215" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="216" />
        <source>Set by</source>
        <translation>Gesetzt von</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="216" />
        <location filename="../ui/report/PeriodDocument.cpp" line="310" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="218" />
        <source>The throttle did not change.</source>
        <translation>Die Drosselung hat sich nicht geändert.</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="221" />
        <source>in force</source>
        <translation>in Kraft</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="223" />
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="236" />
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="236" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="236" />
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="237" />
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="237" />
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="237" />
        <location filename="../ui/report/PeriodDocument.cpp" line="280" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="238" />
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="240" />
        <source>No anomaly alert in this period.</source>
        <translation>Kein Anomalie-Alarm in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="248" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="262" />
        <source>By type</source>
        <translation>Nach Typ</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="263" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="265" />
        <source>No notification in this period.</source>
        <translation>Keine Benachrichtigung in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="271" />
        <source>By severity</source>
        <translation>Nach Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="272" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="279" />
        <location filename="../ui/report/PeriodDocument.cpp" line="280" />
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="280" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="282" />
        <source>Nothing was delivered.</source>
        <translation>Nichts wurde zugestellt.</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="294" />
        <source>VIP and flag changes</source>
        <translation>VIP- und Flag-Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="297" />
        <source>VIP changes</source>
        <translation>VIP-Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="298" />
        <location filename="../ui/report/PeriodDocument.cpp" line="309" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="298" />
        <location filename="../ui/report/PeriodDocument.cpp" line="329" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="298" />
        <location filename="../ui/report/PeriodDocument.cpp" line="309" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="301" />
        <source>No VIP assignment changed.</source>
        <translation>Keine VIP-Zuweisung hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="308" />
        <source>Feature flag changes</source>
        <translation>Feature-Flag-Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="309" />
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="310" />
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="312" />
        <source>No feature flag changed.</source>
        <translation>Kein Feature-Flag hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="325" />
        <source>Top denied keys</source>
        <translation>Am häufigsten abgelehnte Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="326" />
        <source>The keys that went over their limit most often (one violation per penalty window).</source>
        <translation>Die Schlüssel, die ihr Limit am häufigsten überschritten haben (ein Verstoß je Strafzeitfenster).</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="329" />
        <source>Worst severity</source>
        <translation>Höchster Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="330" />
        <source>Tier now</source>
        <translation>Stufe jetzt</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="332" />
        <source>No key went over its limit.</source>
        <translation>Kein Schlüssel hat sein Limit überschritten.</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="344" />
        <source>Audit summary</source>
        <translation>Audit-Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="345" />
        <source>%1, made by %2.</source>
        <translation>%1, vorgenommen von %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/PeriodDocument.cpp" line="346" />
        <source>%n admin change(s)</source>
        <translation>
            <numerusform>%n Admin-Änderung</numerusform>
            <numerusform>%n Admin-Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/PeriodDocument.cpp" line="347" />
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="350" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="350" />
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="352" />
        <source>No admin change in this period.</source>
        <translation>Keine Admin-Änderung in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="372" />
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="390" />
        <source>Sluice operations report</source>
        <translation>Sluice-Betriebsbericht</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="381" />
        <source>Generated %1 by Sluice %2</source>
        <translation>Erstellt am %1 von Sluice %2</translation>
    </message>
    <message>
        <location filename="../ui/report/PeriodDocument.cpp" line="384" />
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReadOnlyConnection</name>
    <message>
        <location filename="../ui/history/ReadOnlyConnection.cpp" line="30" />
        <source>The history database %1 does not exist yet.</source>
        <translation>Die Verlaufsdatenbank %1 existiert noch nicht.</translation>
    </message>
    <message>
        <location filename="../ui/history/ReadOnlyConnection.cpp" line="41" />
        <source>Could not open the history database %1 read-only: %2</source>
        <translation>Die Verlaufsdatenbank %1 konnte nicht schreibgeschützt geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../ui/report/ReportFiles.cpp" line="28" />
        <location filename="../ui/report/ReportFiles.cpp" line="89" />
        <location filename="../ui/report/ReportFiles.cpp" line="99" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportFiles.cpp" line="83" />
        <source>%1 does not end in .pdf, .html, .csv or .json</source>
        <translation>%1 endet nicht auf .pdf, .html, .csv oder .json</translation>
    </message>
</context>
<context>
    <name>RunDocument</name>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="35" />
        <location filename="../ui/report/RunDocument.cpp" line="357" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="42" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="49" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="51" />
        <source>Bursty</source>
        <translation>Stoßweise</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="53" />
        <source>Heavy API clients</source>
        <translation>API-Großkunden</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="55" />
        <source>Abusive</source>
        <translation>Missbräuchlich</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="57" />
        <source>Credential stuffing</source>
        <translation>Credential Stuffing</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="59" />
        <source>Scrapers</source>
        <translation>Scraper</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="61" />
        <source>DDoS waves</source>
        <translation>DDoS-Wellen</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="135" />
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="136" />
        <source>%1 requests were decided in %2 of traffic; %3 of them were denied. The run took %4 of wall time.</source>
        <translation>%1 Anfragen wurden in %2 Verkehr entschieden; %3 davon wurden abgelehnt. Der Lauf dauerte %4 Echtzeit.</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="148" />
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="148" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="151" />
        <location filename="../ui/report/RunDocument.cpp" line="260" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="152" />
        <location filename="../ui/report/RunDocument.cpp" line="183" />
        <location filename="../ui/report/RunDocument.cpp" line="188" />
        <location filename="../ui/report/RunDocument.cpp" line="210" />
        <location filename="../ui/report/RunDocument.cpp" line="261" />
        <location filename="../ui/report/RunDocument.cpp" line="294" />
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="153" />
        <location filename="../ui/report/RunDocument.cpp" line="183" />
        <location filename="../ui/report/RunDocument.cpp" line="188" />
        <location filename="../ui/report/RunDocument.cpp" line="210" />
        <location filename="../ui/report/RunDocument.cpp" line="261" />
        <location filename="../ui/report/RunDocument.cpp" line="294" />
        <location filename="../ui/report/RunDocument.cpp" line="381" />
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="154" />
        <location filename="../ui/report/RunDocument.cpp" line="211" />
        <location filename="../ui/report/RunDocument.cpp" line="261" />
        <location filename="../ui/report/RunDocument.cpp" line="295" />
        <source>Denied share</source>
        <translation>Anteil abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="155" />
        <source>Busiest second (requests)</source>
        <translation>Stärkste Sekunde (Anfragen)</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="156" />
        <source>Busiest second (denials)</source>
        <translation>Stärkste Sekunde (Ablehnungen)</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="157" />
        <source>Keys known at the end</source>
        <translation>Bekannte Schlüssel am Ende</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="158" />
        <source>Flagged keys at the end</source>
        <translation>Markierte Schlüssel am Ende</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="160" />
        <source>Requests per wall second</source>
        <translation>Anfragen pro Echtzeitsekunde</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="173" />
        <source>Traffic and denials</source>
        <translation>Verkehr und Ablehnungen</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="175" />
        <source>Requests per second, averaged over each %1.</source>
        <translation>Anfragen pro Sekunde, gemittelt über je %1.</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="176" />
        <source>Requests per second, averaged over each %1, in the last week of the run: the engine keeps a week of history.</source>
        <translation>Anfragen pro Sekunde, gemittelt über je %1, in der letzten Woche des Laufs: die Engine hält eine Woche Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="181" />
        <source>Allowed and denied requests</source>
        <translation>Erlaubte und abgelehnte Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="182" />
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="188" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="209" />
        <source>Decisions by reputation tier</source>
        <translation>Entscheidungen nach Reputationsstufe</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="210" />
        <location filename="../ui/report/RunDocument.cpp" line="334" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="229" />
        <location filename="../ui/report/RunDocument.cpp" line="260" />
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="229" />
        <location filename="../ui/report/RunDocument.cpp" line="260" />
        <location filename="../ui/report/RunDocument.cpp" line="316" />
        <location filename="../ui/report/RunDocument.cpp" line="334" />
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="229" />
        <source>Mean score</source>
        <translation>Mittlere Punktzahl</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="230" />
        <source>Median score</source>
        <translation>Median der Punktzahl</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="254" />
        <source>Traffic classes</source>
        <translation>Verkehrsklassen</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="255" />
        <source>The simulator knows which kind of client sent each request: what the engine did with each, and where their keys' reputations stand.</source>
        <translation>Der Simulator weiß, welche Art von Client jede Anfrage sandte: was die Engine mit jeder tat und wo die Reputation ihrer Schlüssel steht.</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="259" />
        <source>Decisions by class</source>
        <translation>Entscheidungen nach Klasse</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="279" />
        <source>Reputation just before the first attack (%1 into the run)</source>
        <translation>Reputation kurz vor dem ersten Angriff (%1 nach Beginn)</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="283" />
        <source>Reputation at the end</source>
        <translation>Reputation am Ende</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="291" />
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="294" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="297" />
        <source>No request was decided.</source>
        <translation>Keine Anfrage wurde entschieden.</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="299" />
        <source>Default policy</source>
        <translation>Standardrichtlinie</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="309" />
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="310" />
        <source>The keys in the engine's table at the end of the run, by score.</source>
        <translation>Die Schlüssel in der Tabelle der Engine am Ende des Laufs, nach Punktzahl.</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="314" />
        <source>Keys by reputation score</source>
        <translation>Schlüssel nach Reputationspunktzahl</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="315" />
        <source>keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="333" />
        <source>Keys by tier</source>
        <translation>Schlüssel nach Stufe</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="347" />
        <source>Throttle</source>
        <translation>Drosselung</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="350" />
        <source>Time at each level</source>
        <translation>Zeit auf jeder Stufe</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="351" />
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="351" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="351" />
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="361" />
        <source>Level changes</source>
        <translation>Stufenwechsel</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="362" />
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="362" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="362" />
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="362" />
        <source>Set by</source>
        <translation>Gesetzt von</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="363" />
        <location filename="../ui/report/RunDocument.cpp" line="448" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="365" />
        <source>The throttle did not change.</source>
        <translation>Die Drosselung hat sich nicht geändert.</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="368" />
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="378" />
        <source>Most denied keys</source>
        <translation>Am häufigsten abgelehnte Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="381" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="383" />
        <source>No request was denied.</source>
        <translation>Keine Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="400" />
        <source>Sluice simulation report</source>
        <translation>Sluice-Simulationsbericht</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="401" />
        <source>%1, seed %2, %3 of simulated traffic</source>
        <translation>%1, Startwert %2, %3 simulierter Verkehr</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="421" />
        <source>Sluice replay report</source>
        <translation>Sluice-Wiedergabebericht</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="422" />
        <source>Access log %1 (%2 format, keyed by %3), %4 of traffic</source>
        <translation>Zugriffsprotokoll %1 (Format %2, Schlüssel %3), %4 Verkehr</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="433" />
        <source>Lines read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="434" />
        <source>Lines decided</source>
        <translation>Entschiedene Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="435" />
        <source>Lines rejected</source>
        <translation>Verworfene Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="438" />
        <source>The replay was cancelled: this covers the lines read until then.</source>
        <translation>Die Wiedergabe wurde abgebrochen: dies umfasst die bis dahin gelesenen Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="443" />
        <source>Rejected lines</source>
        <translation>Verworfene Zeilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/RunDocument.cpp" line="444" />
        <source>%n line(s) could not be read as requests; the first ones:</source>
        <translation>
            <numerusform>%n Zeile konnte nicht als Anfrage gelesen werden:</numerusform>
            <numerusform>%n Zeilen konnten nicht als Anfragen gelesen werden; die ersten:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="448" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="448" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/report/RunDocument.cpp" line="450" />
        <source>Every line was read.</source>
        <translation>Jede Zeile wurde gelesen.</translation>
    </message>
</context>
<context>
    <name>ThrottleHistoryQuery</name>
    <message>
        <location filename="../ui/history/ThrottleHistoryQuery.cpp" line="31" />
        <source>Could not read the throttle history: %1</source>
        <translation>Der Drosselverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/ThrottleHistoryQuery.cpp" line="69" />
        <source>Could not read the throttle statistics: %1</source>
        <translation>Die Drosselstatistik konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <location filename="../ui/TimeRange.cpp" line="27" />
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/TimeRange.cpp" line="29" />
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../ui/TimeRange.cpp" line="31" />
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/TimeRange.cpp" line="33" />
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/TimeRange.cpp" line="42" />
        <source>last 5 minutes</source>
        <translation>letzte 5 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/TimeRange.cpp" line="44" />
        <source>last hour</source>
        <translation>letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/TimeRange.cpp" line="46" />
        <source>last 24 hours</source>
        <translation>letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/TimeRange.cpp" line="48" />
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
</context>
<context>
    <name>VipTimeFormat</name>
    <message>
        <location filename="../ui/pages/vip/VipTimeFormat.cpp" line="24" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipTimeFormat.cpp" line="29" />
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipTimeFormat.cpp" line="32" />
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipTimeFormat.cpp" line="35" />
        <source>in %1 h</source>
        <translation>in %1 h</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipTimeFormat.cpp" line="38" />
        <source>in %1 d</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipTimeFormat.cpp" line="40" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WhatIfDocument</name>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="27" />
        <source>Sluice what-if report</source>
        <translation>Sluice-Was-wäre-wenn-Bericht</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="28" />
        <source>Access log %1, %2 of traffic</source>
        <translation>Zugriffsprotokoll %1, %2 Verkehr</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="31" />
        <source>%1, seed %2, %3 of simulated traffic</source>
        <translation>%1, Startwert %2, %3 simulierter Verkehr</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="39" />
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="41" />
        <source>Both configurations judged the same %1 requests of %2 lines read (%3 rejected).</source>
        <translation>Beide Konfigurationen haben dieselben %1 Anfragen aus %2 gelesenen Zeilen beurteilt (%3 verworfen).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="45" />
        <source>Both configurations judged the same %1 requests; %n fault(s) were injected into the modelled backend.</source>
        <translation>
            <numerusform>Beide Konfigurationen haben dieselben %1 Anfragen beurteilt; %n Störung wurde in das modellierte Backend eingespeist.</numerusform>
            <numerusform>Beide Konfigurationen haben dieselben %1 Anfragen beurteilt; %n Störungen wurden in das modellierte Backend eingespeist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="51" />
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="51" />
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="61" />
        <source>Keys treated differently</source>
        <translation>Unterschiedlich behandelte Schlüssel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="63" />
        <source>%n key(s) of %1 are denied a different number of times by B than by A; the most changed:</source>
        <translation>
            <numerusform>%n Schlüssel von %1 wird von B unterschiedlich oft abgelehnt als von A; die am stärksten veränderten:</numerusform>
            <numerusform>%n Schlüssel von %1 werden von B unterschiedlich oft abgelehnt als von A; die am stärksten veränderten:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="68" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="68" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="68" />
        <source>Denied by A</source>
        <translation>Von A abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="68" />
        <source>Denied by B</source>
        <translation>Von B abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="70" />
        <source>A and B treat every key alike.</source>
        <translation>A und B behandeln jeden Schlüssel gleich.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="82" />
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="85" />
        <source>Denied requests per second</source>
        <translation>Abgelehnte Anfragen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="86" />
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="87" />
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="95" />
        <source>A denied</source>
        <translation>A abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="87" />
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="95" />
        <source>B denied</source>
        <translation>B abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="87" />
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="95" />
        <source>A legitimate denied</source>
        <translation>A legitim abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="87" />
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="96" />
        <source>B legitimate denied</source>
        <translation>B legitim abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfDocument.cpp" line="95" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
</context>
<context>
    <name>WhatIfText</name>
    <message>
        <location filename="../ui/pages/whatif/WhatIfText.cpp" line="14" />
        <source>abusive requests allowed %1 → %2; legitimate requests denied %3 → %4</source>
        <translation>missbräuchliche Anfragen zugelassen %1 → %2; legitime Anfragen abgelehnt %3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfText.cpp" line="19" />
        <source>A and B protect alike (%1).</source>
        <translation>A und B schützen gleich gut (%1).</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfText.cpp" line="21" />
        <source>B protects better at no cost to legitimate users (%1).</source>
        <translation>B schützt besser, ohne legitime Nutzer mehr zu treffen (%1).</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfText.cpp" line="23" />
        <source>A protects better: B is worse for both (%1).</source>
        <translation>A schützt besser: B ist in beidem schlechter (%1).</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfText.cpp" line="25" />
        <source>B stops more abuse at a cost to legitimate users (%1).</source>
        <translation>B hält mehr Missbrauch auf, auf Kosten legitimer Nutzer (%1).</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfText.cpp" line="27" />
        <source>B spares legitimate users but lets more abuse through (%1).</source>
        <translation>B schont legitime Nutzer, lässt aber mehr Missbrauch durch (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/whatif/WhatIfText.cpp" line="40" />
        <source>Replayed log: A denies %1 requests (%2), B %3 (%4); %n key(s) of %5 are denied a different number of times.</source>
        <translation>
            <numerusform>Abgespieltes Protokoll: A lehnt %1 Anfragen ab (%2), B %3 (%4); %n Schlüssel von %5 wird unterschiedlich oft abgelehnt.</numerusform>
            <numerusform>Abgespieltes Protokoll: A lehnt %1 Anfragen ab (%2), B %3 (%4); %n Schlüssel von %5 werden unterschiedlich oft abgelehnt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>detect</name>
    <message>
        <location filename="../app/DetectCommand.cpp" line="42" />
        <source>Scores a metric series for anomalies without a display: reads timestamp,value rows (the Numenta Anomaly Benchmark format) and writes timestamp,value,score,alert per row. Each row is scored only from the rows before it; alert is 1 on the row that opens an incident.
Example: sluice detect --series requests.csv --out scored.csv</source>
        <translation>Bewertet eine Messreihe ohne Anzeige auf Anomalien: liest Zeilen timestamp,value (das Format des Numenta Anomaly Benchmark) und schreibt je Zeile timestamp,value,score,alert. Jede Zeile wird nur aus den Zeilen davor bewertet; alert ist 1 in der Zeile, die einen Vorfall eröffnet.
Beispiel: sluice detect --series requests.csv --out scored.csv</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="49" />
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="51" />
        <source>The series &lt;file&gt; to score (CSV with the header timestamp,value).</source>
        <translation>Die zu bewertende Messreihe &lt;file&gt; (CSV mit der Kopfzeile timestamp,value).</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="54" />
        <source>Write the scored rows to &lt;file&gt; (default: standard output).</source>
        <translation>Die bewerteten Zeilen in &lt;file&gt; schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="65" />
        <source>usage: sluice detect --series &lt;file.csv&gt; [--out &lt;file.csv&gt;]</source>
        <translation>Aufruf: sluice detect --series &lt;file.csv&gt; [--out &lt;file.csv&gt;]</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="79" />
        <source>the file is empty; it needs the header line timestamp,value</source>
        <translation>die Datei ist leer; sie braucht die Kopfzeile timestamp,value</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="81" />
        <source>the first line must be the header timestamp,value</source>
        <translation>die erste Zeile muss die Kopfzeile timestamp,value sein</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="83" />
        <source>a row needs exactly two fields, timestamp and value</source>
        <translation>eine Zeile braucht genau zwei Felder, timestamp und value</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="85" />
        <source>the time stamp is not YYYY-MM-DD HH:MM:SS</source>
        <translation>der Zeitstempel hat nicht die Form YYYY-MM-DD HH:MM:SS</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="87" />
        <source>the value is not a finite number</source>
        <translation>der Wert ist keine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="89" />
        <source>more than %1 rows; split the series</source>
        <translation>mehr als %1 Zeilen; teilen Sie die Messreihe auf</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="91" />
        <source>the file has a header but no rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="100" />
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="103" />
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, Zeile %2, Spalte %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="199" />
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/DetectCommand.cpp" line="202" />
        <source>%1 rows scored, %2 alerts; written to %3</source>
        <translation>%1 Zeilen bewertet, %2 Alarme; geschrieben nach %3</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="46" />
        <source>usage: sluice flags eval --state &lt;flags.json&gt; (--toggle &lt;name&gt; [--context &lt;json&gt;] | --cases &lt;cases.jsonl&gt;)
       sluice flags import &lt;file.json&gt; [--db &lt;file&gt;] [--replace]
       sluice flags export &lt;file.json&gt; [--db &lt;file&gt;]</source>
        <translation>Aufruf: sluice flags eval --state &lt;flags.json&gt; (--toggle &lt;Name&gt; [--context &lt;json&gt;] | --cases &lt;cases.jsonl&gt;)
       sluice flags import &lt;Datei.json&gt; [--db &lt;Datei&gt;] [--replace]
       sluice flags export &lt;Datei.json&gt; [--db &lt;Datei&gt;]</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="56" />
        <source>Evaluates, imports or exports feature flags in Unleash's client-features JSON, with Sluice's additions, without a display.
An import is all or nothing: one bad flag and nothing changes.
Example: sluice flags eval --state flags.json --toggle checkout --context '{"userId": "42"}'</source>
        <translation>Wertet Feature-Flags im Client-Features-JSON von Unleash (mit den Erweiterungen von Sluice) aus, importiert oder exportiert sie, ohne Anzeige.
Ein Import gilt ganz oder gar nicht: ein fehlerhaftes Flag, und nichts ändert sich.
Beispiel: sluice flags eval --state flags.json --toggle checkout --context '{"userId": "42"}'</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="63" />
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="64" />
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="65" />
        <source>The JSON file to import or export.</source>
        <translation>Die JSON-Datei für Import oder Export.</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="67" />
        <source>Use the database &lt;file&gt; (default: the console's).</source>
        <translation>Die Datenbank &lt;Datei&gt; verwenden (Standard: die der Konsole).</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="70" />
        <source>Import: remove the flags and segments the file does not hold.</source>
        <translation>Import: Flags und Segmente entfernen, die die Datei nicht enthält.</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="71" />
        <source>Eval: the flags, as client-features JSON.</source>
        <translation>Eval: die Flags als Client-Features-JSON.</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="73" />
        <source>Eval: the toggle to evaluate.</source>
        <translation>Eval: das auszuwertende Flag.</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="77" />
        <source>Eval: the context as JSON (userId, sessionId, remoteAddress, environment, appName, currentTime, properties).</source>
        <translation>Eval: der Kontext als JSON (userId, sessionId, remoteAddress, environment, appName, currentTime, properties).</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="81" />
        <source>Eval: one {"toggle": ..., "context": {...}} per line; one result per line.</source>
        <translation>Eval: ein {"toggle": ..., "context": {...}} pro Zeile; ein Ergebnis pro Zeile.</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="129" />
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="148" />
        <source>--context: %1</source>
        <translation>--context: %1</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="172" />
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="183" />
        <source>%1: warning: no toggle named '%2'</source>
        <translation>%1: Warnung: kein Flag namens '%2'</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="196" />
        <location filename="../app/FlagsCommand.cpp" line="200" />
        <source>%1: nothing was imported</source>
        <translation>%1: nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="199" />
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FlagsCommand.cpp" line="201" />
        <source>imported %n flag(s) and %1 segment(s) from %2 into %3</source>
        <translation>
            <numerusform>%n Flag und %1 Segment(e) aus %2 nach %3 importiert</numerusform>
            <numerusform>%n Flags und %1 Segment(e) aus %2 nach %3 importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="229" />
        <source>the stored flag '%1' cannot be read: %2; nothing was exported</source>
        <translation>das gespeicherte Flag '%1' ist nicht lesbar: %2; nichts wurde exportiert</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="238" />
        <source>the stored segment %1 cannot be read: %2; nothing was exported</source>
        <translation>das gespeicherte Segment %1 ist nicht lesbar: %2; nichts wurde exportiert</translation>
    </message>
    <message>
        <location filename="../app/FlagsCommand.cpp" line="248" />
        <source>cannot write %1: %2; nothing was exported</source>
        <translation>%1 kann nicht geschrieben werden: %2; nichts wurde exportiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FlagsCommand.cpp" line="250" />
        <source>exported %n flag(s) and %1 segment(s) to %2</source>
        <translation>
            <numerusform>%n Flag und %1 Segment(e) nach %2 exportiert</numerusform>
            <numerusform>%n Flags und %1 Segment(e) nach %2 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/ConsoleArguments.cpp" line="12" />
        <source>Use the database &lt;file&gt;.</source>
        <translation>Datenbank &lt;file&gt; verwenden.</translation>
    </message>
    <message>
        <location filename="../app/ConsoleArguments.cpp" line="15" />
        <source>Read engine defaults from &lt;file&gt; (JSON).</source>
        <translation>Engine-Standardwerte aus &lt;file&gt; (JSON) lesen.</translation>
    </message>
    <message>
        <location filename="../app/ConsoleArguments.cpp" line="17" />
        <source>Simulated traffic: a built-in scenario &lt;name&gt;, a file, or none.</source>
        <translation>Simulierter Verkehr: ein eingebautes Szenario &lt;name&gt;, eine Datei oder none.</translation>
    </message>
    <message>
        <location filename="../app/ConsoleArguments.cpp" line="20" />
        <source>Simulation speed: max or a factor 1..10000.</source>
        <translation>Simulationstempo: max oder ein Faktor 1..10000.</translation>
    </message>
    <message>
        <location filename="../app/ConsoleArguments.cpp" line="23" />
        <source>Watch only: admin controls are turned off and the engine refuses admin changes.</source>
        <translation>Nur beobachten: Admin-Funktionen sind abgeschaltet und die Engine lehnt Admin-Änderungen ab.</translation>
    </message>
    <message>
        <location filename="../app/ConsoleArguments.cpp" line="26" />
        <source>Watch the database of a running sluice serve: read-only, no simulation; the state shown follows what the server stores.</source>
        <translation>Die Datenbank eines laufenden sluice serve beobachten: nur lesend, ohne Simulation; der angezeigte Stand folgt dem, was der Server speichert.</translation>
    </message>
    <message>
        <location filename="../app/ConsoleArguments.cpp" line="56" />
        <source>--watch shows what another Sluice stores and simulates no traffic; leave out --scenario.</source>
        <translation>--watch zeigt, was ein anderes Sluice speichert, und simuliert keinen Verkehr; --scenario weglassen.</translation>
    </message>
    <message>
        <location filename="../app/Console.cpp" line="63" />
        <source>Engine stopped: %1</source>
        <translation>Engine angehalten: %1</translation>
    </message>
    <message>
        <location filename="../app/Console.cpp" line="65" />
        <source>Sluice cannot start its engine</source>
        <translation>Sluice kann seine Engine nicht starten</translation>
    </message>
    <message>
        <location filename="../app/Translations.cpp" line="114" />
        <source>The language of the interface (en, de); by default the system's.</source>
        <translation>Die Sprache der Oberfläche (en, de); ohne Angabe die des Systems.</translation>
    </message>
    <message>
        <location filename="../app/ConsoleCommand.cpp" line="68" />
        <source>Sluice, the rate-limiting console.

Commands (each has --help):
  simulate     run a scenario headless and write a JSON report
  replay       decide an access log headless and write a JSON report
  serve        run the engine, the check API and metrics without a window
  token        create, revoke or list API tokens
  detect       score a timestamp,value series for anomalies
  screenshots  render every page to PNG files
  vip          import or export VIP assignments as CSV

Examples:
  sluice --scenario ddos-wave --speed 60
  sluice --db ops.db --read-only --lang de
  sluice --watch --db /var/lib/sluice/sluice.db</source>
        <translation>Sluice, die Konsole zur Ratenbegrenzung.

Befehle (jeweils mit --help):
  simulate     Szenario ohne Oberfläche ausführen und JSON-Bericht schreiben
  replay       Zugriffsprotokoll ohne Oberfläche entscheiden und JSON-Bericht schreiben
  serve        Engine, Prüf-API und Metriken ohne Fenster betreiben
  token        API-Tokens erstellen, widerrufen oder auflisten
  detect       eine Reihe timestamp,value auf Anomalien bewerten
  screenshots  jede Seite als PNG-Datei rendern
  vip          VIP-Zuweisungen als CSV importieren oder exportieren

Beispiele:
  sluice --scenario ddos-wave --speed 60
  sluice --db ops.db --read-only --lang de
  sluice --watch --db /var/lib/sluice/sluice.db</translation>
    </message>
</context>
<context>
    <name>replay</name>
    <message>
        <location filename="../app/ReplayCommand.cpp" line="42" />
        <source>Decides the requests of an access log (plain or .gz) without a display and writes a report.
Example: sluice replay --log access.log.gz --key xff-first --report replay.json</source>
        <translation>Entscheidet die Anfragen eines Zugriffsprotokolls (einfach oder .gz) ohne Anzeige und schreibt einen Bericht.
Beispiel: sluice replay --log access.log.gz --key xff-first --report replay.json</translation>
    </message>
    <message>
        <location filename="../app/ReplayCommand.cpp" line="47" />
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location filename="../app/ReplayCommand.cpp" line="49" />
        <source>The access log &lt;file&gt;, plain or .gz.</source>
        <translation>Das Zugriffsprotokoll &lt;file&gt;, unkomprimiert oder .gz.</translation>
    </message>
    <message>
        <location filename="../app/ReplayCommand.cpp" line="53" />
        <source>combined (default), common, json, json:VARIABLE=FIELD,... or an nginx log_format pattern in quotes.</source>
        <translation>combined (Standard), common, json, json:VARIABLE=FELD,... oder ein nginx-log_format-Muster in Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../app/ReplayCommand.cpp" line="59" />
        <source>What to limit: ip (default), xff-first, xff-last, user, header:NAME or path:REGEX (the first group).</source>
        <translation>Was begrenzt wird: ip (Standard), xff-first, xff-last, user, header:NAME oder path:REGEX (die erste Gruppe).</translation>
    </message>
    <message>
        <location filename="../app/ReplayCommand.cpp" line="64" />
        <source>Route of each path prefix, e.g. /api=api,/login=login (the longest prefix wins; others take the default policy).</source>
        <translation>Route je Pfadpräfix, z. B. /api=api,/login=login (das längste Präfix gilt; andere nehmen die Standardrichtlinie).</translation>
    </message>
    <message>
        <location filename="../app/ReplayCommand.cpp" line="70" />
        <source>max, or a factor from 1 to 10000 on the log's own timing.</source>
        <translation>max oder ein Faktor von 1 bis 10000 auf der Zeitfolge des Protokolls.</translation>
    </message>
    <message>
        <location filename="../app/ReplayCommand.cpp" line="73" />
        <source>Engine configuration &lt;file&gt; (JSON).</source>
        <translation>Engine-Konfiguration &lt;file&gt; (JSON).</translation>
    </message>
    <message>
        <location filename="../app/ReplayCommand.cpp" line="76" />
        <source>Also persist into the database &lt;file&gt;.</source>
        <translation>Zusätzlich in der Datenbank &lt;file&gt; speichern.</translation>
    </message>
    <message>
        <location filename="../app/ReplayCommand.cpp" line="80" />
        <source>Write the report to &lt;file&gt;: .json, .pdf, .html, or .csv (one file per table).</source>
        <translation>Den Bericht in &lt;file&gt; schreiben: .json, .pdf, .html oder .csv (eine Datei je Tabelle).</translation>
    </message>
    <message>
        <location filename="../app/ReplayCommand.cpp" line="92" />
        <source>--log and --report are required</source>
        <translation>--log und --report sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="86" />
        <source>--format: %1</source>
        <translation>--format: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="91" />
        <source>--key: %1</source>
        <translation>--key: %1</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message numerus="yes">
        <location filename="../app/ReportCommand.cpp" line="119" />
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite)</numerusform>
            <numerusform>%1 geschrieben (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="69" />
        <source>%1: '%2' does not end in .json, .pdf, .html or .csv</source>
        <translation>%1: „%2“ endet nicht auf .json, .pdf, .html oder .csv</translation>
    </message>
</context>
<context>
    <name>routes</name>
    <message>
        <location filename="../ui/LogSourceSettings.cpp" line="42" />
        <source>'%1' is not PREFIX=ROUTE, such as /api=api</source>
        <translation>„%1“ ist nicht PRÄFIX=ROUTE, etwa /api=api</translation>
    </message>
    <message>
        <location filename="../ui/LogSourceSettings.cpp" line="46" />
        <source>the route '%1' cannot be used: %2</source>
        <translation>die Route „%1“ ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="228" />
        <source>Warms the engine with simulated traffic, then renders every page to &lt;page&gt;.png.
Example: sluice screenshots --out shots --scenario ddos-wave --warmup 30m</source>
        <translation>Wärmt die Engine mit simuliertem Verkehr auf und rendert dann jede Seite nach &lt;page&gt;.png.
Beispiel: sluice screenshots --out shots --scenario ddos-wave --warmup 30m</translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="234" />
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="236" />
        <source>Directory for the PNG files.</source>
        <translation>Verzeichnis für die PNG-Dateien.</translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="239" />
        <source>Scenario to warm up with.</source>
        <translation>Szenario zum Aufwärmen.</translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="242" />
        <source>Simulated time before the shots.</source>
        <translation>Simulierte Zeit vor den Aufnahmen.</translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="244" />
        <source>Window size.</source>
        <translation>Fenstergröße.</translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="248" />
        <source>Render the console as `sluice --read-only` shows it.</source>
        <translation>Die Konsole so rendern, wie `sluice --read-only` sie zeigt.</translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="251" />
        <source>Also follow this access log (combined format) before the shots.</source>
        <translation>Vor den Aufnahmen zusätzlich diesem Zugriffsprotokoll (Format combined) folgen.</translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="256" />
        <source>--out is required</source>
        <translation>--out ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="262" />
        <source>--warmup: '%1' is not a duration</source>
        <translation>--warmup: „%1“ ist keine Dauer</translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="267" />
        <source>--size: '%1' is not WxH between 640x480 and 7680x4320</source>
        <translation>--size: „%1“ ist nicht BxH zwischen 640x480 und 7680x4320</translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="272" />
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="356" />
        <source>cannot render %1</source>
        <translation>%1 kann nicht gerendert werden</translation>
    </message>
    <message>
        <location filename="../app/ScreenshotsCommand.cpp" line="360" />
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>serve</name>
    <message>
        <location filename="../app/ServeCommand.cpp" line="101" />
        <source>--daily-report-at, --daily-report-format and --daily-report-to need --daily-report &lt;folder&gt;</source>
        <translation>--daily-report-at, --daily-report-format und --daily-report-to brauchen --daily-report &lt;Ordner&gt;</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="108" />
        <source>--daily-report: %1 is not a folder</source>
        <translation>--daily-report: %1 ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="113" />
        <source>--daily-report-at needs a time such as 06:00, not '%1'</source>
        <translation>--daily-report-at braucht eine Uhrzeit wie 06:00, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="117" />
        <source>--daily-report-format: unknown format '%1'; use pdf, html, csv or json</source>
        <translation>--daily-report-format: unbekanntes Format „%1“; pdf, html, csv oder json verwenden</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="134" />
        <source>Runs the engine with the HTTP check API (/v1/check) and Prometheus metrics (/metrics), without a display.
Every request needs a bearer token (sluice token create). SIGTERM stops after a final checkpoint;
SIGHUP reads the --config file again.
Example: sluice serve --db /var/lib/sluice/sluice.db --listen 127.0.0.1:9090</source>
        <translation>Betreibt die Engine mit der HTTP-Prüf-API (/v1/check) und Prometheus-Metriken (/metrics), ohne Anzeige.
Jede Anfrage braucht ein Bearer-Token (sluice token create). SIGTERM beendet nach einem letzten Sicherungspunkt;
SIGHUP liest die --config-Datei erneut.
Beispiel: sluice serve --db /var/lib/sluice/sluice.db --listen 127.0.0.1:9090</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="141" />
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="143" />
        <source>Use the database &lt;file&gt; (default: the console's).</source>
        <translation>Die Datenbank &lt;file&gt; verwenden (Standard: die der Konsole).</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="146" />
        <source>Listen on &lt;address:port&gt; (default: 127.0.0.1:9090; port 0 picks a free one).</source>
        <translation>Auf &lt;address:port&gt; lauschen (Standard: 127.0.0.1:9090; Port 0 wählt einen freien).</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="150" />
        <source>Apply the engine settings in &lt;file&gt; (JSON) at start and on SIGHUP.</source>
        <translation>Die Engine-Einstellungen aus &lt;file&gt; (JSON) beim Start und bei SIGHUP anwenden.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="153" />
        <source>Log lines as journal (priority prefixes, the default) or json.</source>
        <translation>Protokollzeilen als journal (Prioritätspräfixe, Standard) oder json.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="157" />
        <source>Take a check's key from header &lt;name&gt; when its query has no key= (repeatable; default: X-Forwarded-For, then X-Real-IP).</source>
        <translation>Den Schlüssel einer Prüfung aus dem Header &lt;name&gt; nehmen, wenn ihre Anfrage kein key= hat (wiederholbar; Standard: X-Forwarded-For, dann X-Real-IP).</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="162" />
        <source>What the auto-throttle follows: host (the CPU and memory of this machine) or none (only overrides change the level). Default: the settings file's load section, else host.</source>
        <translation>Wonach sich die automatische Drosselung richtet: host (CPU und Speicher dieses Rechners) oder none (nur manuelle Vorgaben ändern die Stufe). Standard: der Abschnitt load der Einstellungsdatei, sonst host.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="167" />
        <source>Write the previous day's operations report into &lt;folder&gt; every day, and tell the ops team (the inbox, and --daily-report-to). A report missed while serve was down is written at start.</source>
        <translation>Jeden Tag den Betriebsbericht des Vortags in &lt;Ordner&gt; schreiben und dem Ops-Team Bescheid geben (Posteingang und --daily-report-to). Ein Bericht, der fällig war, während serve nicht lief, wird beim Start geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="171" />
        <source>When the daily report is written, local time (default: 06:00).</source>
        <translation>Wann der Tagesbericht geschrieben wird, Ortszeit (Vorgabe: 06:00).</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="174" />
        <source>The daily report as pdf (the default), html, csv or json.</source>
        <translation>Der Tagesbericht als pdf (Vorgabe), html, csv oder json.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="178" />
        <source>Also tell the ops team on these channels: email (with the files attached), sms, webhook; comma-separated.</source>
        <translation>Dem Ops-Team auch auf diesen Kanälen Bescheid geben: email (mit den Dateien im Anhang), sms, webhook; durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="183" />
        <source>Share the limits with the other engines of a fleet through Redis at &lt;host:port&gt;, a single server or any nodes of a Redis Cluster (comma-separated). Its password comes from SLUICE_REDIS_PASSWORD.</source>
        <translation>Die Limits über Redis unter &lt;host:port&gt; mit den anderen Engines einer Flotte teilen: ein einzelner Server oder beliebige Knoten eines Redis-Clusters (durch Kommas getrennt). Das Passwort kommt aus SLUICE_REDIS_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="188" />
        <source>Keep Sluice's keys in Redis under &lt;prefix&gt; (default: sluice).</source>
        <translation>Die Schlüssel von Sluice in Redis unter &lt;prefix&gt; ablegen (Standard: sluice).</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="192" />
        <source>Take up to &lt;units&gt; more of a key from Redis whenever one of its requests passes, and spend them here without asking (fewer round trips; a key may get up to &lt;units&gt; beyond its share per engine). Default 0: every request asks Redis.</source>
        <translation>Bis zu &lt;units&gt; weitere Einheiten eines Schlüssels von Redis nehmen, sobald eine seiner Anfragen durchgeht, und sie hier ohne Nachfrage verbrauchen (weniger Umläufe; ein Schlüssel kann je Engine bis zu &lt;units&gt; über seinen Anteil hinaus bekommen). Standard 0: Jede Anfrage fragt Redis.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="197" />
        <source>Drop leased units not spent within &lt;ms&gt; (default 100).</source>
        <translation>Geliehene Einheiten verwerfen, die nicht binnen &lt;ms&gt; verbraucht sind (Standard 100).</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="201" />
        <source>Keep keys' reputation scores with the fleet in Redis (shared, the default), or each engine its own (local).</source>
        <translation>Die Reputationswerte der Schlüssel mit der Flotte in Redis führen (shared, die Vorgabe) oder jede Engine ihre eigenen (local).</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="206" />
        <source>Read every key's score from the fleet again within &lt;seconds&gt; (default 300). A change that moves a key to another tier reaches every engine within a second anyway.</source>
        <translation>Den Wert jedes Schlüssels innerhalb von &lt;seconds&gt; erneut von der Flotte lesen (Vorgabe 300). Eine Änderung, die einen Schlüssel in eine andere Stufe bringt, erreicht ohnehin jede Engine innerhalb einer Sekunde.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="211" />
        <source>Read and answer requests on &lt;n&gt; threads sharing the port (default: one per core, at most %1; the check API's work is mostly the kernel's, which more threads spread over more cores).</source>
        <translation>Anfragen auf &lt;n&gt; Threads lesen und beantworten, die sich den Port teilen (Vorgabe: einer je Kern, höchstens %1; die Arbeit der Prüf-API leistet größtenteils der Kernel, und mehr Threads verteilen sie auf mehr Kerne).</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="217" />
        <source>Split the keys over &lt;n&gt; engines, each deciding its own keys, so that the threads reading requests decide checks of different engines at once (default 1; at most %1; not with --redis).</source>
        <translation>Die Schlüssel auf &lt;n&gt; Engines aufteilen, von denen jede ihre eigenen Schlüssel entscheidet, sodass die Threads, die Anfragen lesen, Prüfungen verschiedener Engines gleichzeitig entscheiden (Standard 1; höchstens %1; nicht mit --redis).</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="232" />
        <source>usage: sluice serve [--db &lt;file&gt;] [--listen &lt;address:port&gt;] [--config &lt;file&gt;] [--log-format journal|json]</source>
        <translation>Aufruf: sluice serve [--db &lt;file&gt;] [--listen &lt;address:port&gt;] [--config &lt;file&gt;] [--log-format journal|json]</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="237" />
        <source>--listen needs an address and a port, such as 127.0.0.1:9090, not '%1'</source>
        <translation>--listen braucht eine Adresse und einen Port, etwa 127.0.0.1:9090, nicht '%1'</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="242" />
        <source>unknown log format '%1'; use journal or json</source>
        <translation>unbekanntes Protokollformat '%1'; journal oder json verwenden</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="248" />
        <source>unknown load source '%1'; use host or none</source>
        <translation>unbekannte Lastquelle '%1'; host oder none verwenden</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="260" />
        <source>--http-threads needs a number from 1 to %1, not '%2'</source>
        <translation>--http-threads braucht eine Zahl von 1 bis %1, nicht '%2'</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="270" />
        <source>--engines needs a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--engines braucht eine Zahl von 1 bis %1, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="276" />
        <source>--engines above 1 cannot be used with --redis</source>
        <translation>--engines über 1 ist mit --redis nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="287" />
        <source>--%1 needs --redis &lt;host:port&gt;</source>
        <translation>--%1 braucht --redis &lt;host:port&gt;</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="300" />
        <source>--redis-prefix must be a word without braces or spaces, not '%1'</source>
        <translation>--redis-prefix muss ein Wort ohne Klammern und Leerzeichen sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="308" />
        <source>--redis-lease needs a number of units from 0 to 100000, not '%1'</source>
        <translation>--redis-lease braucht eine Zahl von Einheiten von 0 bis 100000, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="312" />
        <source>--redis-lease-ms needs milliseconds from 1 to 60000, not '%1'</source>
        <translation>--redis-lease-ms braucht Millisekunden von 1 bis 60000, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="319" />
        <source>--redis-reputation needs shared or local, not '%1'</source>
        <translation>--redis-reputation braucht shared oder local, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="326" />
        <source>--redis-reputation-refresh needs seconds from 1 to 86400, not '%1'</source>
        <translation>--redis-reputation-refresh braucht Sekunden von 1 bis 86400, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="411" />
        <source>database %1; the throttle follows: %2</source>
        <translation>Datenbank %1; die Drosselung richtet sich nach: %2</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="414" />
        <source>keys split over %1 engines</source>
        <translation>Schlüssel auf %1 Engines aufgeteilt</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="421" />
        <source>limits shared through Redis at %1 (keys under %2:)</source>
        <translation>Limits werden über Redis unter %1 geteilt (Schlüssel unter %2:)</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="472" />
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ServeCommand.cpp" line="482" />
        <source>listening on %1:%2 (%n HTTP thread(s))</source>
        <translation>
            <numerusform>lauscht auf %1:%2 (%n HTTP-Thread)</numerusform>
            <numerusform>lauscht auf %1:%2 (%n HTTP-Threads)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="496" />
        <source>a setting from %1 was refused: %2</source>
        <translation>eine Einstellung aus %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="519" />
        <source>daily report: %1</source>
        <translation>Tagesbericht: %1</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="521" />
        <source>daily report not written: %1</source>
        <translation>Tagesbericht nicht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="525" />
        <source>daily report into %1 at %2 (%3)</source>
        <translation>Tagesbericht nach %1 um %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="535" />
        <location filename="../app/ServeCommand.cpp" line="543" />
        <source>settings not applied: %1</source>
        <translation>Einstellungen nicht angewendet: %1</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="547" />
        <source>read from %1</source>
        <translation>gelesen aus %1</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="552" />
        <source>settings from %1 applied; parts changed: %2</source>
        <translation>Einstellungen aus %1 angewendet; geänderte Teile: %2</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="580" />
        <source>no valid API token: every request gets 401; create one with sluice token create &lt;name&gt; --db %1</source>
        <translation>kein gültiges API-Token: jede Anfrage erhält 401; eines erstellen mit sluice token create &lt;name&gt; --db %1</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="584" />
        <source>valid API tokens: %1</source>
        <translation>gültige API-Tokens: %1</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="632" />
        <source>stopped after a final checkpoint; requests decided: %1</source>
        <translation>nach einem letzten Sicherungspunkt beendet; entschiedene Anfragen: %1</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="644" />
        <source>stopping (signal %1)</source>
        <translation>wird beendet (Signal %1)</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="649" />
        <source>SIGHUP: no --config file to read again</source>
        <translation>SIGHUP: keine --config-Datei zum erneuten Lesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ServeRedis.cpp" line="98" />
        <source>%n VIP assignment(s) of the fleet's state were left out: their tier is not on this engine</source>
        <translation>
            <numerusform>%n VIP-Zuweisung des Flottenzustands wurde ausgelassen: ihre Stufe gibt es auf dieser Engine nicht</numerusform>
            <numerusform>%n VIP-Zuweisungen des Flottenzustands wurden ausgelassen: ihre Stufe gibt es auf dieser Engine nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ServeRedis.cpp" line="104" />
        <source>%n field(s) of the fleet's state in Redis could not be read and were left out</source>
        <translation>
            <numerusform>%n Feld des Flottenzustands in Redis war nicht lesbar und wurde ausgelassen</numerusform>
            <numerusform>%n Felder des Flottenzustands in Redis waren nicht lesbar und wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ServeRedis.cpp" line="108" />
        <source>taking %n change(s) from the fleet's state</source>
        <translation>
            <numerusform>übernehme %n Änderung aus dem Flottenzustand</numerusform>
            <numerusform>übernehme %n Änderungen aus dem Flottenzustand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ServeRedis.cpp" line="144" />
        <source>--redis needs host:port, such as 127.0.0.1:6379, not '%1'</source>
        <translation>--redis braucht host:port, etwa 127.0.0.1:6379, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/ServeRedis.cpp" line="150" />
        <source>--redis needs at least one host:port</source>
        <translation>--redis braucht mindestens ein host:port</translation>
    </message>
    <message>
        <location filename="../app/ServeRedis.cpp" line="210" />
        <source>a change from the fleet was refused here: %1</source>
        <translation>Eine Änderung aus der Flotte wurde hier abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/ServeRedis.cpp" line="244" />
        <source>Redis degraded: some keys are decided by their policy's failure rule (%1)</source>
        <translation>Redis eingeschränkt: Einige Schlüssel entscheidet die Ausfallregel ihrer Richtlinie (%1)</translation>
    </message>
    <message>
        <location filename="../app/ServeRedis.cpp" line="247" />
        <source>Redis whole again (%1): every key is decided by Redis</source>
        <translation>Redis wieder vollständig (%1): Jeder Schlüssel wird von Redis entschieden</translation>
    </message>
</context>
<context>
    <name>simulate</name>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="43" />
        <source>Runs a traffic scenario through the engine without a display and writes a report.
Example: sluice simulate --scenario normal-day --duration 1h --report day.json</source>
        <translation>Lässt ein Verkehrsszenario ohne Anzeige durch die Engine laufen und schreibt einen Bericht.
Beispiel: sluice simulate --scenario normal-day --duration 1h --report day.json</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="48" />
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="50" />
        <source>Built-in scenario &lt;name&gt; or a file.</source>
        <translation>Eingebautes Szenario &lt;name&gt; oder eine Datei.</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="54" />
        <source>Simulated time, e.g. 90s, 10m, 1h, 2d (default: the scenario's).</source>
        <translation>Simulierte Zeit, z. B. 90s, 10m, 1h, 2d (Standard: die des Szenarios).</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="57" />
        <source>max, or a factor from 1 to 10000.</source>
        <translation>max oder ein Faktor von 1 bis 10000.</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="60" />
        <source>Random seed (default: the scenario's).</source>
        <translation>Startwert für den Zufallsgenerator (Standard: der des Szenarios).</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="63" />
        <source>Engine configuration &lt;file&gt; (JSON).</source>
        <translation>Engine-Konfiguration &lt;file&gt; (JSON).</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="66" />
        <source>Also persist into the database &lt;file&gt;.</source>
        <translation>Zusätzlich in die Datenbank &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="70" />
        <source>Write the report to &lt;file&gt;: .json, .pdf, .html, or .csv (one file per table).</source>
        <translation>Den Bericht in &lt;file&gt; schreiben: .json, .pdf, .html oder .csv (eine Datei je Tabelle).</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="82" />
        <source>--scenario and --report are required</source>
        <translation>--scenario und --report sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="94" />
        <source>--duration: '%1' is not a duration like 90s, 10m, 1h or 2d</source>
        <translation>--duration: „%1“ ist keine Dauer wie 90s, 10m, 1h oder 2d</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="110" />
        <source>--seed: '%1' is not a whole number</source>
        <translation>--seed: „%1“ ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>sluice::app</name>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="49" />
        <source>Runs one scenario's traffic under two engine configurations, A and B, on identical requests, and writes the comparison: who gets hurt and who gets through.
Example: sluice whatif --scenario ddos-wave --b stricter.json --report compare.json</source>
        <translation>Schickt den Verkehr eines Szenarios durch zwei Engine-Konfigurationen, A und B, mit denselben Anfragen, und schreibt den Vergleich: wen es trifft und wer durchkommt.
Beispiel: sluice whatif --scenario ddos-wave --b stricter.json --report compare.json</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="33" />
        <source>Writes the operations report of a period from a Sluice database: key figures, traffic and denials, reputation, throttle, alerts, notifications, VIP and flag changes, top denied keys and the audit summary.
Example: sluice report --db sluice.db --last 7d --out week.pdf</source>
        <translation>Schreibt den Betriebsbericht eines Zeitraums aus einer Sluice-Datenbank: Kennzahlen, Verkehr und Ablehnungen, Reputation, Drosselung, Alarme, Benachrichtigungen, VIP- und Flag-Änderungen, die am häufigsten abgelehnten Schlüssel und die Audit-Zusammenfassung.
Beispiel: sluice report --db sluice.db --last 7d --out woche.pdf</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="39" />
        <location filename="../app/WhatIfCommand.cpp" line="54" />
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="40" />
        <source>The Sluice database &lt;file&gt; to read (read only).</source>
        <translation>Die zu lesende Sluice-Datenbank &lt;file&gt; (nur lesend).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="43" />
        <source>Start of the period: a date or date and time (ISO 8601, local time unless it names a zone), or 'now'.</source>
        <translation>Beginn des Zeitraums: ein Datum oder Datum und Uhrzeit (ISO 8601, Ortszeit, sofern keine Zone angegeben ist) oder 'now'.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="46" />
        <source>End of the period (default: now).</source>
        <translation>Ende des Zeitraums (Standard: jetzt).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="47" />
        <source>The period ending at --to, e.g. 24h, 7d, 30d.</source>
        <translation>Der Zeitraum, der bei --to endet, z. B. 24h, 7d, 30d.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="50" />
        <source>Write the report to &lt;file&gt;: .pdf, .html, .json, or .csv (one file per table, named &lt;file&gt;-&lt;table&gt;.csv).</source>
        <translation>Schreibt den Bericht nach &lt;file&gt;: .pdf, .html, .json oder .csv (eine Datei je Tabelle, benannt &lt;file&gt;-&lt;table&gt;.csv).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="62" />
        <source>--db, --out and one of --from or --last are required</source>
        <translation>--db, --out und eines von --from oder --last sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="76" />
        <source>--to: '%1' is not a date or time like 2026-12-01 or 2026-12-01T08:00</source>
        <translation>--to: '%1' ist kein Datum und keine Uhrzeit wie 2026-12-01 oder 2026-12-01T08:00</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="84" />
        <source>--last: '%1' is not a duration like 24h, 7d or 30d</source>
        <translation>--last: '%1' ist keine Dauer wie 24h, 7d oder 30d</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="92" />
        <source>--from: '%1' is not a date or time like 2026-12-01 or 2026-12-01T08:00</source>
        <translation>--from: '%1' ist kein Datum und keine Uhrzeit wie 2026-12-01 oder 2026-12-01T08:00</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="97" />
        <source>The period ends before it starts: --to must be after --from.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: --to muss nach --from liegen.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="123" />
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="55" />
        <source>Built-in scenario &lt;name&gt; or a file.</source>
        <translation>Eingebautes Szenario &lt;name&gt; oder eine Datei.</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="58" />
        <source>Configuration A &lt;file&gt; (JSON) over the scenario's (default: the scenario's).</source>
        <translation>Konfiguration A aus &lt;file&gt; (JSON) über der des Szenarios (Standard: die des Szenarios).</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="60" />
        <source>Configuration B &lt;file&gt; (JSON) over the scenario's.</source>
        <translation>Konfiguration B aus &lt;file&gt; (JSON) über der des Szenarios.</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="63" />
        <source>Faults to inject into the modelled backend, from &lt;file&gt; (JSON).</source>
        <translation>Störungen für das modellierte Backend, aus &lt;file&gt; (JSON).</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="66" />
        <source>Simulated time, e.g. 90s, 10m, 1h, 2d (default: the scenario's).</source>
        <translation>Simulierte Zeit, z. B. 90s, 10m, 1h, 2d (Standard: die des Szenarios).</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="68" />
        <source>Random seed (default: the scenario's).</source>
        <translation>Zufalls-Seed (Standard: der des Szenarios).</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="71" />
        <source>Write the report to &lt;file&gt;: .json, .pdf, .html, or .csv (one file per table).</source>
        <translation>Schreibt den Bericht nach &lt;file&gt;: .json, .pdf, .html oder .csv (eine Datei je Tabelle).</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="76" />
        <source>Replay this access log &lt;file&gt; (plain or .gz) instead of a scenario: the comparison is then by key.</source>
        <translation>Spielt dieses Zugriffsprotokoll &lt;file&gt; (einfach oder .gz) statt eines Szenarios ab: der Vergleich erfolgt dann je Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="80" />
        <source>The log's format: combined (default), common, json, json:VARIABLE=FIELD,... or an nginx log_format pattern in quotes.</source>
        <translation>Das Format des Protokolls: combined (Standard), common, json, json:VARIABLE=FELD,... oder ein nginx-log_format-Muster in Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="84" />
        <source>What to limit in the log: ip (default), xff-first, xff-last, user, header:NAME or path:REGEX.</source>
        <translation>Was im Protokoll begrenzt wird: ip (Standard), xff-first, xff-last, user, header:NAME oder path:REGEX.</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="88" />
        <source>Route of each path prefix in the log, e.g. /api=api,/login=login.</source>
        <translation>Route je Pfadpräfix im Protokoll, z. B. /api=api,/login=login.</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="91" />
        <source>Give both engines the VIP tiers and assignments stored in the database &lt;file&gt; (read only).</source>
        <translation>Beiden Engines die VIP-Stufen und -Zuweisungen aus der Datenbank &lt;Datei&gt; geben (nur lesend).</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="95" />
        <source>B's limit multiplier for a VIP tier of --db, e.g. gold=3 (repeatable).</source>
        <translation>Limit-Faktor von B für eine VIP-Stufe aus --db, z. B. gold=3 (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="111" />
        <source>--faults, --duration and --seed are for scenarios; a log brings its own traffic and has no modelled backend</source>
        <translation>--faults, --duration und --seed gelten für Szenarien; ein Protokoll bringt seinen eigenen Verkehr mit und hat kein modelliertes Backend</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="234" />
        <source>--b-vip-tier: %1 has no VIP tier %2</source>
        <translation>--b-vip-tier: %1 hat keine VIP-Stufe %2</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="107" />
        <source>--scenario, --b and --report are required</source>
        <translation>--scenario, --b und --report sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="129" />
        <source>--b-vip-tier: '%1' is not a tier and a multiplier, like gold=3</source>
        <translation>--b-vip-tier: „%1“ ist keine Stufe mit Faktor wie gold=3</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="132" />
        <source>--b-vip-tier: the multiplier of %1 must lie between %2 and %3, not %4</source>
        <translation>--b-vip-tier: der Faktor von %1 muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="141" />
        <source>--b-vip-tier changes a tier of --db &lt;file&gt;, which names none</source>
        <translation>--b-vip-tier ändert eine Stufe aus --db &lt;Datei&gt;, aber es ist keine angegeben</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="155" />
        <source>--duration: '%1' is not a duration like 90s, 10m, 1h or 2d</source>
        <translation>--duration: „%1“ ist keine Dauer wie 90s, 10m, 1h oder 2d</translation>
    </message>
    <message>
        <location filename="../app/WhatIfCommand.cpp" line="162" />
        <source>--seed: '%1' is not a whole number</source>
        <translation>--seed: „%1“ ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>sluice::app::Console</name>
    <message>
        <location filename="../app/Console.cpp" line="96" />
        <source>The database is in use</source>
        <translation>Die Datenbank wird verwendet</translation>
    </message>
    <message>
        <location filename="../app/Console.cpp" line="97" />
        <source>Another Sluice, such as a running sluice serve, has this database open.

%1

You can watch it instead: the console then shows what that Sluice stores, follows it as it writes, and changes nothing.</source>
        <translation>Ein anderes Sluice, etwa ein laufendes sluice serve, hat diese Datenbank geöffnet.

%1

Sie können sie stattdessen beobachten: Die Konsole zeigt dann, was dieses Sluice speichert, folgt ihm beim Schreiben und ändert nichts.</translation>
    </message>
    <message>
        <location filename="../app/Console.cpp" line="102" />
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location filename="../app/Console.cpp" line="103" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>sluice::app::EngineHost</name>
    <message>
        <location filename="../app/EngineHost.cpp" line="150" />
        <location filename="../app/EngineHost.cpp" line="256" />
        <location filename="../app/EngineHost.cpp" line="376" />
        <source>The engine is not running.</source>
        <translation>Die Engine läuft nicht.</translation>
    </message>
    <message>
        <location filename="../app/EngineHost.cpp" line="374" />
        <source>The console is read-only: it answers no checks; the server that writes the database does.</source>
        <translation>Die Konsole ist schreibgeschützt: Sie beantwortet keine Prüfungen; das tut der Server, der die Datenbank schreibt.</translation>
    </message>
    <message>
        <location filename="../app/EngineHostNotify.cpp" line="36" />
        <source>The console is read-only: the Sluice that writes the database delivers notifications and keeps their secrets.</source>
        <translation>Die Konsole ist schreibgeschützt: Das Sluice, das die Datenbank schreibt, stellt Benachrichtigungen zu und verwahrt ihre Geheimnisse.</translation>
    </message>
    <message>
        <location filename="../app/EngineHostNotify.cpp" line="38" />
        <source>This console does not use the keychain.</source>
        <translation>Diese Konsole verwendet keinen Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../app/EngineHostNotify.cpp" line="48" />
        <source>The console is read-only: it stores no secrets.</source>
        <translation>Die Konsole ist schreibgeschützt: Sie speichert keine Geheimnisse.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::AboutDialog</name>
    <message>
        <location filename="../ui/help/AboutDialog.cpp" line="19" />
        <source>About Sluice</source>
        <translation>Über Sluice</translation>
    </message>
    <message>
        <location filename="../ui/help/AboutDialog.cpp" line="23" />
        <source>Sluice logo</source>
        <translation>Sluice-Logo</translation>
    </message>
    <message>
        <location filename="../ui/help/AboutDialog.cpp" line="25" />
        <source>&lt;h2&gt;Sluice %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sluice %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/help/AboutDialog.cpp" line="27" />
        <source>A console for rate limiting: reputation, VIP tiers and auto-throttle, with simulated traffic scenarios to watch them at work.</source>
        <translation>Eine Konsole zur Ratenbegrenzung: Ruf, VIP-Stufen und automatische Drosselung, dazu simulierte Verkehrsszenarien, um sie bei der Arbeit zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/help/AboutDialog.cpp" line="32" />
        <source>Qt %1 (LGPL-3; Qt Charts GPL-3)</source>
        <translation>Qt %1 (LGPL-3; Qt Charts GPL-3)</translation>
    </message>
    <message>
        <location filename="../ui/help/AboutDialog.cpp" line="34" />
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/help/AboutDialog.cpp" line="38" />
        <source>Sluice is licensed under the Apache License 2.0. Because it uses Qt Charts, the program as distributed is covered by the GPL-3.</source>
        <translation>Sluice steht unter der Apache License 2.0. Da es Qt Charts verwendet, unterliegt das Programm in der ausgelieferten Form der GPL-3.</translation>
    </message>
    <message>
        <location filename="../ui/help/AboutDialog.cpp" line="42" />
        <source>Built with: %1</source>
        <translation>Erstellt mit: %1</translation>
    </message>
    <message>
        <location filename="../ui/help/AboutDialog.cpp" line="42" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/help/AboutDialog.cpp" line="47" />
        <source>Sluice %1
%2</source>
        <translation>Sluice %1
%2</translation>
    </message>
    <message>
        <location filename="../ui/help/AboutDialog.cpp" line="50" />
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../ui/help/AboutDialog.cpp" line="53" />
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
</context>
<context>
    <name>sluice::ui::AddLogSourceDialog</name>
    <message>
        <location filename="../ui/LogSourceSettings.cpp" line="16" />
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location filename="../ui/LogSourceSettings.cpp" line="22" />
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="29" />
        <source>Add &amp;route</source>
        <translation>&amp;Route hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="29" />
        <source>R&amp;emove route</source>
        <translation>Route &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="30" />
        <source>Fo&amp;llow it as it grows</source>
        <translation>Ver&amp;folgen, während sie wächst</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="31" />
        <source>Read it &amp;once from the start</source>
        <translation>&amp;Einmal von Anfang an lesen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="36" />
        <source>Add a log file</source>
        <translation>Protokolldatei hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="48" />
        <source>Path prefix</source>
        <translation>Pfadpräfix</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="48" />
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="72" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="51" />
        <source>Route map</source>
        <translation>Routenzuordnung</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="61" />
        <source>Routes:</source>
        <translation>Routen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="70" />
        <source>Reading:</source>
        <translation>Lesen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="72" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="72" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="72" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="77" />
        <source>Preview of the first lines</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="80" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="91" />
        <source>Reading the first lines…</source>
        <translation>Die ersten Zeilen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="163" />
        <source>Wait for the preview of the first lines.</source>
        <translation>Warten Sie auf die Vorschau der ersten Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="186" />
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="195" />
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="201" />
        <source>The file has no lines yet.</source>
        <translation>Die Datei hat noch keine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="204" />
        <source>The first %Ln line(s) as the engine takes them</source>
        <translation>
            <numerusform>Die erste Zeile, wie die Engine sie übernimmt</numerusform>
            <numerusform>Die ersten %Ln Zeilen, wie die Engine sie übernimmt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sources/AddLogSourceDialog.cpp" line="205" />
        <source>; %Ln rejected.</source>
        <translation>
            <numerusform>; %Ln abgelehnt.</numerusform>
            <numerusform>; %Ln abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogPreview.cpp" line="66" />
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
</context>
<context>
    <name>sluice::ui::AlertDetailPane</name>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="24" />
        <source>Select an alert to see its details.</source>
        <translation>Wählen Sie eine Warnung, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="36" />
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="37" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="38" />
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="39" />
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="40" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="41" />
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="46" />
        <source>Affected keys</source>
        <translation>Betroffene Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="47" />
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="95" />
        <source>Click a key, or press Enter, to open its reputation details</source>
        <translation>Klicken Sie auf einen Schlüssel oder drücken Sie die Eingabetaste, um seine Ruf-Details zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="88" />
        <source>Alert details</source>
        <translation>Details der Warnung</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="96" />
        <source>These keys are on %1: their reputation details are there</source>
        <translation>Diese Schlüssel liegen auf %1: Ihre Ruf-Details finden Sie dort</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="97" />
        <source>%1 in %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="104" />
        <source>Acknowledged by %1 at %2</source>
        <translation>Bestätigt von %1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="109" />
        <source>Resolved automatically at %1</source>
        <translation>Automatisch erledigt am %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="110" />
        <source>Resolved by %1 at %2</source>
        <translation>Erledigt von %1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="116" />
        <source>%1 (after %2)</source>
        <translation>%1 (nach %2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="117" />
        <source>Not yet: ongoing for %1</source>
        <translation>Noch nicht: dauert seit %1 an</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="119" />
        <source>%1, expected %2 ± %3</source>
        <translation>%1, erwartet %2 ± %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="126" />
        <source>Throttle raised to %1 until %2</source>
        <translation>Drosselung auf %1 erhöht bis %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="129" />
        <source>Reputation of %n key(s) lowered by %1 points</source>
        <translation>
            <numerusform>Ruf von %n Schlüssel um %1 Punkte gesenkt</numerusform>
            <numerusform>Ruf von %n Schlüsseln um %1 Punkte gesenkt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="133" />
        <source>Notified</source>
        <translation>Benachrichtigt</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="136" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="139" />
        <source>Undone by %1 at %2</source>
        <translation>Zurückgenommen von %1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="143" />
        <source>No keys stand out in this alert.</source>
        <translation>In dieser Warnung fallen keine Schlüssel auf.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="145" />
        <source>Affected keys (%1)</source>
        <translation>Betroffene Schlüssel (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="146" />
        <source>Affected keys on %1 (%2)</source>
        <translation>Betroffene Schlüssel auf %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="154" />
        <source>%1 · %Ln request(s)</source>
        <translation>
            <numerusform>%1 · %Ln Anfrage</numerusform>
            <numerusform>%1 · %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertDetailPane.cpp" line="159" />
        <source>Open the reputation details of %1</source>
        <translation>Ruf-Details von %1 öffnen</translation>
    </message>
</context>
<context>
    <name>sluice::ui::AlertTableModel</name>
    <message>
        <location filename="../ui/pages/anomalies/AlertTableModel.cpp" line="109" />
        <source>Acknowledged by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertTableModel.cpp" line="132" />
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertTableModel.cpp" line="134" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertTableModel.cpp" line="136" />
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertTableModel.cpp" line="138" />
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertTableModel.cpp" line="140" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertTableModel.cpp" line="142" />
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertTableModel.cpp" line="144" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertTableModel.cpp" line="146" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AlertTableModel.cpp" line="148" />
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
</context>
<context>
    <name>sluice::ui::AnomaliesPage</name>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="49" />
        <source>Anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="54" />
        <source>Se&amp;ttings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="72" />
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="72" />
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="72" />
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="85" />
        <source>Each engine tells the fleet the alerts it has not resolved, with the keys that stand out most. Acknowledge, Resolve and Undo response ask the alert's engine through the fleet. Each engine charts its own metrics on its own console.</source>
        <translation>Jede Engine meldet der Flotte die Alarme, die sie nicht erledigt hat, mit den auffälligsten Schlüsseln. „Bestätigen“, „Erledigen“ und „Reaktion zurücknehmen“ bitten die Engine des Alarms über die Flotte darum. Jede Engine zeigt ihre eigenen Metriken in ihrer eigenen Konsole.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="116" />
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="324" />
        <source>Threshold, sensitivity and automatic responses of anomaly detection</source>
        <translation>Schwelle, Empfindlichkeit und automatische Reaktionen der Anomalieerkennung</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="120" />
        <source>Acknowledge alert %1</source>
        <translation>Alarm %1 bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="123" />
        <source>Alert %1 acknowledged.</source>
        <translation>Warnung %1 bestätigt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="128" />
        <source>Resolve alert %1</source>
        <translation>Alarm %1 erledigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="131" />
        <source>Alert %1 resolved.</source>
        <translation>Warnung %1 erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="136" />
        <source>Undo the response to alert %1</source>
        <translation>Reaktion auf Alarm %1 zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="139" />
        <source>The response to alert %1 was undone.</source>
        <translation>Die Reaktion auf Warnung %1 wurde zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="153" />
        <source>The engine refused: %1</source>
        <translation>Die Engine hat abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="177" />
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="183" />
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="190" />
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="192" />
        <source>%1 or more</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="201" />
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="204" />
        <source>Stat&amp;e</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="207" />
        <source>&amp;Minimum confidence</source>
        <translation>&amp;Mindestkonfidenz</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="219" />
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="221" />
        <source>&amp;Resolve</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="223" />
        <source>&amp;Undo response</source>
        <translation>Reaktion z&amp;urücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="258" />
        <source>Anomaly detection settings saved.</source>
        <translation>Einstellungen der Anomalieerkennung gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="322" />
        <source>The settings act on this console's engine: choose This console to change them</source>
        <translation>Die Einstellungen wirken auf die Engine dieser Konsole: Wählen Sie „Diese Konsole“, um sie zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="380" />
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="404" />
        <source>No alerts match the filters.</source>
        <translation>Keine Warnung passt zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="380" />
        <source>No alerts so far.</source>
        <translation>Bisher keine Warnungen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="382" />
        <source>Waiting for the engine…</source>
        <translation>Warte auf die Engine…</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="384" />
        <source>Waiting for the first report of anomaly detection…</source>
        <translation>Warte auf den ersten Bericht der Anomalieerkennung…</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="386" />
        <source>Anomaly detection is off: its feature gate is closed.</source>
        <translation>Die Anomalieerkennung ist aus: ihr Feature-Gate ist geschlossen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="389" />
        <source>%Ln open alert(s)</source>
        <translation>
            <numerusform>%Ln offene Warnung</numerusform>
            <numerusform>%Ln offene Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="391" />
        <source>baselines have %1 of the %2 days that seasonal alerts wait for</source>
        <translation>Basislinien haben %1 der %2 Tage, auf die saisonale Warnungen warten</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="393" />
        <source>baselines learned from %1 days</source>
        <translation>Basislinien aus %1 Tagen gelernt</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="394" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="405" />
        <source>The engines' alerts could not be read.</source>
        <translation>Die Alarme der Engines ließen sich nicht lesen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="406" />
        <source>No engine of the fleet has an alert that is not resolved.</source>
        <translation>Keine Engine der Flotte hat einen nicht erledigten Alarm.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="407" />
        <source>%1 has no alert that is not resolved.</source>
        <translation>%1 hat keinen nicht erledigten Alarm.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="409" />
        <source>The fleet has not answered: see the Fleet page.</source>
        <translation>Die Flotte hat nicht geantwortet: siehe Seite Flotte.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="413" />
        <source>No engine of the fleet is heard of.</source>
        <translation>Von keiner Engine der Flotte ist etwas zu hören.</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="413" />
        <source>%1 is not heard of.</source>
        <translation>Von %1 ist nichts zu hören.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="416" />
        <source>%Ln alert(s) not resolved across the fleet</source>
        <translation>
            <numerusform>%Ln Alarm in der ganzen Flotte nicht erledigt</numerusform>
            <numerusform>%Ln Alarme in der ganzen Flotte nicht erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="417" />
        <source>%Ln alert(s) not resolved on %1</source>
        <translation>
            <numerusform>%Ln Alarm auf %1 nicht erledigt</numerusform>
            <numerusform>%Ln Alarme auf %1 nicht erledigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="419" />
        <source>%1 · the newest %2 are listed</source>
        <translation>%1 · die neuesten %2 sind aufgeführt</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="447" />
        <source>%1 against its expected band</source>
        <translation>%1 und ihr erwartetes Band</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="448" />
        <source>%1 against the expected band (no alert chosen)</source>
        <translation>%1 und das erwartete Band (keine Warnung gewählt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="515" />
        <source>Ask %1 to take back its throttle override and reputation penalties</source>
        <translation>%1 bitten, ihre Drosselung und Ruf-Abzüge zurückzunehmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="522" />
        <source>Say that someone is on it</source>
        <translation>Zeigen, dass sich jemand darum kümmert</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="510" />
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="522" />
        <source>Choose an open alert</source>
        <translation>Wählen Sie eine offene Warnung</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="523" />
        <source>Close the alert by hand</source>
        <translation>Die Warnung von Hand schließen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="512" />
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="523" />
        <source>Choose an alert that is not resolved</source>
        <translation>Wählen Sie eine nicht erledigte Warnung</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="509" />
        <source>Ask %1 to mark the alert acknowledged</source>
        <translation>%1 bitten, den Alarm als bestätigt zu markieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="511" />
        <source>Ask %1 to close the alert</source>
        <translation>%1 bitten, den Alarm zu erledigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="524" />
        <source>Take back the throttle override and the reputation penalties</source>
        <translation>Die Drosselung und die Ruf-Abzüge zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="516" />
        <location filename="../ui/pages/anomalies/AnomaliesPage.cpp" line="525" />
        <source>Choose an alert whose automatic response is still in force</source>
        <translation>Wählen Sie eine Warnung, deren automatische Reaktion noch gilt</translation>
    </message>
</context>
<context>
    <name>sluice::ui::AnomalyChart</name>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyChart.cpp" line="25" />
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyChart.cpp" line="30" />
        <source>Metric, expected band and alerts over time</source>
        <translation>Messgröße, erwartetes Band und Warnungen im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyChart.cpp" line="31" />
        <source>Expected band</source>
        <translation>Erwartetes Band</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyChart.cpp" line="32" />
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyChart.cpp" line="33" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyChart.cpp" line="34" />
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyChart.cpp" line="134" />
        <source>%1: nothing sampled yet.</source>
        <translation>%1: noch keine Messwerte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AnomalyChart.cpp" line="137" />
        <source>%1: now %2, expected %3; %n alert(s) in the chart.</source>
        <translation>
            <numerusform>%1: jetzt %2, erwartet %3; %n Warnung im Diagramm.</numerusform>
            <numerusform>%1: jetzt %2, erwartet %3; %n Warnungen im Diagramm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyChart.cpp" line="157" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyChart.cpp" line="158" />
        <source>Expected: %1 ± %2</source>
        <translation>Erwartet: %1 ± %2</translation>
    </message>
</context>
<context>
    <name>sluice::ui::AnomalySettingsDialog</name>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="31" />
        <source>&amp;Respond automatically</source>
        <translation>&amp;Automatisch reagieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="36" />
        <source>Anomaly detection settings</source>
        <translation>Einstellungen der Anomalieerkennung</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="45" />
        <source>Reading the settings in force…</source>
        <translation>Lese die geltenden Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="68" />
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="71" />
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="72" />
        <source>Confidence at which an alert opens and automatic responses may run</source>
        <translation>Konfidenz, ab der eine Warnung entsteht und automatische Reaktionen laufen dürfen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="76" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="77" />
        <source>History the hour-of-week baselines need before seasonal alerts fire</source>
        <translation>Verlauf, den die Basislinien je Wochenstunde brauchen, bevor saisonale Warnungen auslösen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="80" />
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="101" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="81" />
        <source>An alert resolves by itself once its metric was normal this long</source>
        <translation>Eine Warnung erledigt sich selbst, wenn ihre Messgröße so lange normal war</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="83" />
        <source>Alert &amp;threshold</source>
        <translation>Warn&amp;schwelle</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="84" />
        <source>Learn &amp;for</source>
        <translation>&amp;Lernen für</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="85" />
        <source>Resolve &amp;after</source>
        <translation>&amp;Erledigen nach</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="91" />
        <source>Automatic responses</source>
        <translation>Automatische Reaktionen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="93" />
        <source>At the threshold and above: raise the throttle for a while and lower the reputation of the keys behind the alert</source>
        <translation>Ab der Schwelle: die Drosselung eine Zeit lang erhöhen und den Ruf der Schlüssel hinter der Warnung senken</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="105" />
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="108" />
        <source>Throttle at &amp;least</source>
        <translation>Drosselung &amp;mindestens</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="109" />
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="110" />
        <source>Reputation &amp;penalty</source>
        <translation>Ruf-&amp;Abzug</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="116" />
        <source>Sensitivity per detector</source>
        <translation>Empfindlichkeit je Detektor</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="117" />
        <source>1 is as tuned; higher alerts on smaller deviations; 0 turns the detector off</source>
        <translation>1 ist wie abgestimmt; höher warnt bei kleineren Abweichungen; 0 schaltet den Detektor ab</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalySettingsDialog.cpp" line="125" />
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>sluice::ui::AnomalyText</name>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="33" />
        <source>Spike</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="35" />
        <source>Drop</source>
        <translation>Einbruch</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="37" />
        <source>Level shift</source>
        <translation>Niveauwechsel</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="39" />
        <source>Key surge</source>
        <translation>Schlüssel-Anstieg</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="41" />
        <source>New-key flood</source>
        <translation>Flut neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="43" />
        <source>Route stuffing</source>
        <translation>Routen-Ansturm</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="45" />
        <source>Country shift</source>
        <translation>Länderverschiebung</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="54" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="56" />
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="58" />
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="67" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="70" />
        <source>Denials</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="73" />
        <source>Active keys</source>
        <translation>Aktive Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="76" />
        <source>New keys</source>
        <translation>Neue Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="79" />
        <source>Requests to %1</source>
        <translation>Anfragen an %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="82" />
        <source>Share from %1</source>
        <translation>Anteil aus %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="85" />
        <source>Requests of key %1</source>
        <translation>Anfragen von Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="98" />
        <source>%1 (expected %2)</source>
        <translation>%1 (erwartet %2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="106" />
        <source>throttle %1 until %2</source>
        <translation>Drosselung %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="114" />
        <source>%n key(s) lowered</source>
        <translation>
            <numerusform>%n Schlüssel gesenkt</numerusform>
            <numerusform>%n Schlüssel gesenkt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="117" />
        <source>notified</source>
        <translation>benachrichtigt</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="120" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="125" />
        <source>%1; undone by %2</source>
        <translation>%1; zurückgenommen von %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/anomalies/AnomalyText.cpp" line="141" />
        <source>%1, ongoing</source>
        <translation>%1, andauernd</translation>
    </message>
</context>
<context>
    <name>sluice::ui::AuditLog</name>
    <message>
        <location filename="../ui/pages/audit/AuditLog.cpp" line="61" />
        <source>Nothing is persisted, so there is no audit log.</source>
        <translation>Es wird nichts gespeichert, daher gibt es kein Prüfprotokoll.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::AuditPage</name>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="40" />
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="46" />
        <location filename="../ui/pages/audit/AuditPage.cpp" line="52" />
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/audit/AuditPage.cpp" line="57" />
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung</numerusform>
            <numerusform>%Ln Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/audit/AuditPage.cpp" line="58" />
        <source>%Ln change(s), %1 loaded</source>
        <translation>
            <numerusform>%Ln Änderung, %1 geladen</numerusform>
            <numerusform>%Ln Änderungen, %1 geladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="60" />
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="142" />
        <source>Action filter</source>
        <translation>Aktionsfilter</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="143" />
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="146" />
        <source>Who filter</source>
        <translation>Personenfilter</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="147" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="150" />
        <source>Time filter</source>
        <translation>Zeitfilter</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="153" />
        <source>Search targets and reasons…</source>
        <translation>Ziele und Begründungen durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="154" />
        <source>Search targets and reasons</source>
        <translation>Ziele und Begründungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="157" />
        <source>Write the rows matching the filters to a CSV file</source>
        <translation>Die zu den Filtern passenden Zeilen in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="249" />
        <source>No admin actions yet.

Every change to VIP tiers and assignments, the throttle, policies, reputation settings and feature gates is recorded here: who made it, when, what it was before and after, and why. Rows are never edited or deleted.</source>
        <translation>Noch keine Admin-Aktionen.

Jede Änderung an VIP-Stufen und -Zuweisungen, der Drosselung, Richtlinien, Ruf-Einstellungen und Feature-Flags wird hier erfasst: wer sie vorgenommen hat, wann, was vorher und nachher galt und warum. Zeilen werden nie bearbeitet oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="253" />
        <source>No audit rows match these filters.</source>
        <translation>Keine Protokollzeilen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="261" />
        <source>Showing %1 of %2 rows</source>
        <translation>%1 von %2 Zeilen angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="269" />
        <source>Select a row to see the whole change.</source>
        <translation>Wählen Sie eine Zeile, um die ganze Änderung zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="273" />
        <source>%1 on %2 by %3</source>
        <translation>%1 auf %2 durch %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="275" />
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="276" />
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="278" />
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="288" />
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="288" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="299" />
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditPage.cpp" line="312" />
        <source>Exporting… %1 of %2 rows</source>
        <translation>Export läuft… %1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>sluice::ui::AuditTableModel</name>
    <message>
        <location filename="../ui/pages/audit/AuditTableModel.cpp" line="35" />
        <source>Did not exist</source>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditTableModel.cpp" line="77" />
        <source>Wall clock: %1
The engine time was not recorded for rows this old.</source>
        <translation>Echtzeit: %1
Die Engine-Zeit wurde für so alte Zeilen nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditTableModel.cpp" line="79" />
        <source>Engine time: %1
Wall clock: %2</source>
        <translation>Engine-Zeit: %1
Echtzeit: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditTableModel.cpp" line="85" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditTableModel.cpp" line="91" />
        <source>Engine time, the clock of every page; each row's tooltip adds the wall-clock time</source>
        <translation>Engine-Zeit, die Uhr aller Seiten; der Tooltip jeder Zeile nennt auch die Echtzeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditTableModel.cpp" line="98" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditTableModel.cpp" line="100" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditTableModel.cpp" line="102" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditTableModel.cpp" line="104" />
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditTableModel.cpp" line="106" />
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditTableModel.cpp" line="108" />
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditTableModel.cpp" line="110" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>sluice::ui::AuditWorker</name>
    <message>
        <location filename="../ui/pages/audit/AuditWorker.cpp" line="65" />
        <location filename="../ui/pages/audit/AuditWorker.cpp" line="117" />
        <source>Could not read the audit log: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditWorker.cpp" line="96" />
        <source>Could not write %1: %2; no file was written.</source>
        <translation>%1 konnte nicht geschrieben werden: %2; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit/AuditWorker.cpp" line="125" />
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/audit/AuditWorker.cpp" line="143" />
        <source>Exported %n audit rows to %1.</source>
        <translation>
            <numerusform>%n Protokollzeile nach %1 exportiert.</numerusform>
            <numerusform>%n Protokollzeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::ChannelSettingsDialog</name>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="70" />
        <source>Notification channels</source>
        <translation>Benachrichtigungskanäle</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="76" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="77" />
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="78" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="79" />
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="80" />
        <source>Reading the settings in force…</source>
        <translation>Geltende Einstellungen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="106" />
        <source>Empty: email is off</source>
        <translation>Leer: E-Mail ist aus</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="110" />
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="111" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="112" />
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="114" />
        <source>Empty: no authentication</source>
        <translation>Leer: keine Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="116" />
        <source>Sluice &lt;sluice@example.org&gt;</source>
        <translation>Sluice &lt;sluice@example.org&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="118" />
        <source>ops@example.org, oncall@example.org</source>
        <translation>ops@example.org, oncall@example.org</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="120" />
        <source>Empty: the system's certificate authorities</source>
        <translation>Leer: die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="125" />
        <source>SMTP &amp;server</source>
        <translation>SMTP-&amp;Server</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="126" />
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="127" />
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="128" />
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="129" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="130" />
        <source>&amp;From</source>
        <translation>&amp;Absender</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="131" />
        <source>&amp;Ops recipients</source>
        <translation>&amp;Ops-Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="132" />
        <source>&amp;CA file</source>
        <translation>&amp;CA-Datei</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="140" />
        <source>Send to the ops &amp;webhook</source>
        <translation>An den Ops-&amp;Webhook senden</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="142" />
        <source>&amp;Slack-compatible body</source>
        <translation>&amp;Slack-kompatibler Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="145" />
        <source>A webhook URL usually carries its token, so it is kept in the keychain</source>
        <translation>Eine Webhook-URL enthält meist ihr Token und wird daher im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="150" />
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="160" />
        <source>Empty: SMS is off</source>
        <translation>Leer: SMS ist aus</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="164" />
        <source>+15550100, +15550101</source>
        <translation>+15550100, +15550101</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="172" />
        <source>&amp;Gateway URL</source>
        <translation>&amp;Gateway-URL</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="173" />
        <source>Account (&amp;user)</source>
        <translation>Konto (&amp;Benutzer)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="174" />
        <source>Auth &amp;token</source>
        <translation>Auth-&amp;Token</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="175" />
        <source>&amp;Sender</source>
        <translation>Ab&amp;sender</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="176" />
        <source>&amp;Ops numbers</source>
        <translation>&amp;Ops-Nummern</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="177" />
        <source>Form fields (to, from, body)</source>
        <translation>Formularfelder (an, von, Text)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="191" />
        <source>&amp;Produce notifications</source>
        <translation>Benachrichtigungen &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="197" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="198" />
        <source>At most one violation notice per key in this time</source>
        <translation>Höchstens ein Verstoßhinweis je Schlüssel in dieser Zeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="200" />
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="201" />
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="203" />
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="204" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="205" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="211" />
        <source>&amp;Low reputation below</source>
        <translation>&amp;Niedriger Ruf unter</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="212" />
        <source>&amp;Violation notice window</source>
        <translation>&amp;Fenster für Verstoßhinweise</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="213" />
        <source>&amp;Attempts per delivery</source>
        <translation>&amp;Versuche je Zustellung</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="214" />
        <source>&amp;First retry within</source>
        <translation>&amp;Erste Wiederholung binnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="215" />
        <source>Longest retry &amp;wait</source>
        <translation>Längste &amp;Wartezeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="216" />
        <source>&amp;Breaker opens after failures</source>
        <translation>&amp;Schutzschalter öffnet nach Fehlschlägen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="217" />
        <source>Breaker stays &amp;open</source>
        <translation>Schutzschalter bleibt &amp;offen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="218" />
        <source>&amp;Timeout per attempt</source>
        <translation>&amp;Zeitlimit je Versuch</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="219" />
        <source>&amp;Cleanup suggests</source>
        <translation>&amp;Bereinigung schlägt vor</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="220" />
        <source>&amp;Daily digest at (UTC)</source>
        <translation>&amp;Tägliche Zusammenfassung um (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="255" />
        <source>Secrets are kept in the OS keychain, never in the settings or the database.</source>
        <translation>Geheimnisse liegen im Schlüsselbund des Systems, nie in den Einstellungen oder der Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="329" />
        <source>Keychain: checking whether the OS keychain can be used…</source>
        <translation>Schlüsselbund: Es wird geprüft, ob der Schlüsselbund des Systems nutzbar ist…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="332" />
        <source>Keychain: available. Passwords and the webhook URL are stored there.</source>
        <translation>Schlüsselbund: verfügbar. Passwörter und die Webhook-URL werden dort gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="335" />
        <source>No keychain: %1
Secrets cannot be stored, and nothing is written in plain text instead; channels that need a secret cannot send.</source>
        <translation>Kein Schlüsselbund: %1
Geheimnisse können nicht gespeichert werden, und nichts wird stattdessen im Klartext geschrieben; Kanäle, die ein Geheimnis brauchen, können nicht senden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelSettingsDialog.cpp" line="337" />
        <source>the OS keychain cannot be reached.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ChannelTestRow</name>
    <message>
        <location filename="../ui/pages/notifications/ChannelTestRow.cpp" line="18" />
        <source>Send &amp;test message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelTestRow.cpp" line="27" />
        <source>Empty: the ops destination</source>
        <translation>Leer: das Ops-Ziel</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelTestRow.cpp" line="29" />
        <source>Sends through the saved settings; save changes first</source>
        <translation>Sendet mit den gespeicherten Einstellungen; Änderungen zuerst speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelTestRow.cpp" line="38" />
        <source>Test &amp;to</source>
        <translation>Test &amp;an</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelTestRow.cpp" line="40" />
        <source>Circuit</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelTestRow.cpp" line="50" />
        <source>The test message was sent.</source>
        <translation>Die Testnachricht wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelTestRow.cpp" line="50" />
        <source>The test message failed: %1</source>
        <translation>Die Testnachricht ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelTestRow.cpp" line="60" />
        <source>Delivery is not running.</source>
        <translation>Die Zustellung läuft nicht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelTestRow.cpp" line="62" />
        <source>Not configured.</source>
        <translation>Nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelTestRow.cpp" line="65" />
        <source>%1 · %2 sent, %3 failed, %4 pending</source>
        <translation>%1 · %2 gesendet, %3 fehlgeschlagen, %4 ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelTestRow.cpp" line="68" />
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelTestRow.cpp" line="80" />
        <source>This console cannot send test messages.</source>
        <translation>Diese Konsole kann keine Testnachrichten senden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/ChannelTestRow.cpp" line="84" />
        <source>Sending a test message…</source>
        <translation>Testnachricht wird gesendet…</translation>
    </message>
</context>
<context>
    <name>sluice::ui::CleanupDialog</name>
    <message>
        <location filename="../ui/pages/notifications/CleanupDialog.cpp" line="21" />
        <source>Clean up notifications</source>
        <translation>Benachrichtigungen bereinigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/CleanupDialog.cpp" line="25" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/CleanupDialog.cpp" line="29" />
        <source>Delete notifications &amp;older than</source>
        <translation>Benachrichtigungen löschen, &amp;älter als</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/CleanupDialog.cpp" line="31" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/CleanupDialog.cpp" line="46" />
        <source>Every notification created more than %n day(s) ago, read or not, and its delivery records are deleted for good. The audit log records who did it.</source>
        <translation>
            <numerusform>Jede Benachrichtigung, die vor mehr als %n Tag erstellt wurde, gelesen oder nicht, wird samt ihren Zustelldaten endgültig gelöscht. Das Prüfprotokoll hält fest, wer es getan hat.</numerusform>
            <numerusform>Jede Benachrichtigung, die vor mehr als %n Tagen erstellt wurde, gelesen oder nicht, wird samt ihren Zustelldaten endgültig gelöscht. Das Prüfprotokoll hält fest, wer es getan hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::EngineClient</name>
    <message>
        <location filename="../ui/EngineClient.h" line="80" />
        <source>This console cannot read access logs.</source>
        <translation>Diese Konsole kann keine Zugriffsprotokolle lesen.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ExposureSparkline</name>
    <message>
        <location filename="../ui/pages/flags/ExposureSparkline.cpp" line="16" />
        <location filename="../ui/pages/flags/ExposureSparkline.cpp" line="47" />
        <source>Not evaluated in the last hour</source>
        <translation>In der letzten Stunde nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/ExposureSparkline.cpp" line="48" />
        <source>Last hour: evaluated %1 times, on %2 (%3)</source>
        <translation>Letzte Stunde: %1-mal ausgewertet, %2 an (%3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/ExposureSparkline.cpp" line="54" />
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/ExposureSparkline.cpp" line="58" />
        <source>By variant: %1</source>
        <translation>Nach Variante: %1</translation>
    </message>
</context>
<context>
    <name>sluice::ui::FaultTable</name>
    <message>
        <location filename="../ui/pages/whatif/FaultTable.cpp" line="41" />
        <source>Faults injected into the backend</source>
        <translation>Störungen im Backend</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/FaultTable.cpp" line="42" />
        <location filename="../ui/pages/whatif/FaultTable.cpp" line="69" />
        <source>Fault</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/FaultTable.cpp" line="42" />
        <source>From (min)</source>
        <translation>Ab (min)</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/FaultTable.cpp" line="42" />
        <source>For (min)</source>
        <translation>Für (min)</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/FaultTable.cpp" line="42" />
        <location filename="../ui/pages/whatif/FaultTable.cpp" line="86" />
        <source>Size</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/FaultTable.cpp" line="64" />
        <source>Added latency</source>
        <translation>Zusätzliche Latenz</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/FaultTable.cpp" line="65" />
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/FaultTable.cpp" line="66" />
        <source>Capacity left</source>
        <translation>Restkapazität</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/FaultTable.cpp" line="67" />
        <source>Dependency outage (timeout)</source>
        <translation>Ausfall einer Abhängigkeit (Timeout)</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/FaultTable.cpp" line="81" />
        <source>Starts after minutes</source>
        <translation>Beginnt nach Minuten</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/FaultTable.cpp" line="82" />
        <source>Lasts minutes</source>
        <translation>Dauert Minuten</translation>
    </message>
</context>
<context>
    <name>sluice::ui::FlagEditText</name>
    <message>
        <location filename="../ui/pages/flags/FlagEditText.cpp" line="50" />
        <source>'%1' is not name=value</source>
        <translation>'%1' ist nicht Name=Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditText.cpp" line="96" />
        <source>'%1' is not: context field, operator, values</source>
        <translation>'%1' ist nicht: Kontextfeld, Operator, Werte</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditText.cpp" line="102" />
        <source>'%1' is not an operator (IN, NOT_IN, STR_CONTAINS, NUM_GT, DATE_AFTER, ...)</source>
        <translation>'%1' ist kein Operator (IN, NOT_IN, STR_CONTAINS, NUM_GT, DATE_AFTER, ...)</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditText.cpp" line="139" />
        <source>'%1' is not a segment number</source>
        <translation>'%1' ist keine Segmentnummer</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditText.cpp" line="171" />
        <source>'%1' is not: variant name, weight in percent</source>
        <translation>„%1“ ist nicht: Variantenname, Gewicht in Prozent</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditText.cpp" line="187" />
        <source>the strategy's variant weights add up to %1 %, not 100 %</source>
        <translation>die Gewichte der Varianten der Strategie ergeben %1 %, nicht 100 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditText.cpp" line="224" />
        <source>'%1' is not a flag's name</source>
        <translation>„%1“ ist kein Flag-Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditText.cpp" line="228" />
        <source>'%1': a parent that must be off gives no variant</source>
        <translation>„%1“: ein Flag, das aus sein muss, liefert keine Variante</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditText.cpp" line="261" />
        <source>'%1' is not type: value (string, json, csv or number)</source>
        <translation>'%1' ist nicht Typ: Wert (string, json, csv oder number)</translation>
    </message>
</context>
<context>
    <name>sluice::ui::FlagEditorDialog</name>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="87" />
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="90" />
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="90" />
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="90" />
        <source>Constraints</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="90" />
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="90" />
        <source>Strategy variants</source>
        <translation>Strategie-Varianten</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="92" />
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="92" />
        <source>Weight %</source>
        <translation>Gewicht %</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="92" />
        <source>Stickiness</source>
        <translation>Stickiness</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="92" />
        <source>Payload</source>
        <translation>Nutzlast</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="102" />
        <source>Flag %1</source>
        <translation>Flag %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="102" />
        <source>New flag</source>
        <translation>Neues Flag</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="110" />
        <source>Preview: waiting for the engine…</source>
        <translation>Vorschau: warte auf die Engine…</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="111" />
        <source>Not previewed here: each engine of the fleet evaluates the flag over its own keys.</source>
        <translation>Hier keine Vorschau: Jede Engine der Flotte wertet das Flag über ihre eigenen Schlüssel aus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="126" />
        <source>Strategies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="127" />
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="128" />
        <source>Schedule and plan</source>
        <translation>Zeitplan und Plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="172" />
        <source>Evaluated only</source>
        <translation>Nur ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="173" />
        <source>Sluice feature</source>
        <translation>Sluice-Funktion</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="174" />
        <source>Route policy for keys inside</source>
        <translation>Routenrichtlinie für Schlüssel im Rollout</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="175" />
        <source>VIP tier for keys inside</source>
        <translation>VIP-Stufe für Schlüssel im Rollout</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="177" />
        <source>route or tier</source>
        <translation>Route oder Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="185" />
        <source>none; e.g. checkout-v2, !legacy-ui, experiment:blue|green</source>
        <translation>keine; z. B. checkout-v2, !legacy-ui, experiment:blue|green</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="186" />
        <source>The flags this one needs: a name wants that flag on for the key, !name wants it off, name:a|b wants it on with variant a or b.</source>
        <translation>Die Flags, die dieses braucht: ein Name verlangt jenes Flag für den Schlüssel an, !Name verlangt es aus, Name:a|b verlangt es an mit Variante a oder b.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="190" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="191" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="192" />
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="193" />
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="200" />
        <source>Parameters: rollout=50, stickiness=default, groupId=beta
Constraints: appName IN web,ios; !userId STR_STARTS_WITH test- /i (! inverts, /i ignores case)
Segments: their numbers, 1, 3
Strategy variants: blue 50, green 50 (these replace the flag's variants for keys this strategy lets in)</source>
        <translation>Parameter: rollout=50, stickiness=default, groupId=beta
Bedingungen: appName IN web,ios; !userId STR_STARTS_WITH test- /i (! kehrt um, /i ignoriert Groß-/Kleinschreibung)
Segmente: ihre Nummern, 1, 3
Strategie-Varianten: blue 50, green 50 (sie ersetzen die Varianten des Flags für Schlüssel, die diese Strategie einlässt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="210" />
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="460" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="212" />
        <source>No segments are defined.</source>
        <translation>Keine Segmente definiert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="213" />
        <source>Segments: %1</source>
        <translation>Segmente: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="218" />
        <source>Add strategy</source>
        <translation>Strategie hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="228" />
        <source>Payload: type: value, e.g. json: {"color": "blue"} (string, json, csv, number)</source>
        <translation>Nutzlast: Typ: Wert, z. B. json: {"color": "blue"} (string, json, csv, number)</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="230" />
        <source>Add variant</source>
        <translation>Variante hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="233" />
        <source>variant-%1</source>
        <translation>variante-%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="245" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="317" />
        <source>The flag needs a name.</source>
        <translation>Das Flag braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="323" />
        <source>A flag named %1 exists already.</source>
        <translation>Ein Flag namens %1 gibt es schon.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="336" />
        <source>Name the route or the VIP tier the flag switches on.</source>
        <translation>Nennen Sie die Route oder VIP-Stufe, die das Flag einschaltet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="353" />
        <source>Strategy %1: %2</source>
        <translation>Strategie %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="359" />
        <source>Strategy %1: there is no segment %2.</source>
        <translation>Strategie %1: Segment %2 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="377" />
        <source>Variant %1 needs a name.</source>
        <translation>Variante %1 braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="381" />
        <source>Variant %1: the weight is a percentage from 0 to 100.</source>
        <translation>Variante %1: das Gewicht ist ein Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="385" />
        <source>Variant %1: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="394" />
        <source>The variants' weights add up to %1 %; they must add up to 100 %.</source>
        <translation>Die Gewichte der Varianten ergeben %1 %; sie müssen 100 % ergeben.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="401" />
        <source>Depends on: %1</source>
        <translation>Hängt ab von: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="406" />
        <source>Depends on: there is no other flag named %1.</source>
        <translation>Hängt ab von: es gibt kein anderes Flag namens %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="422" />
        <source>No variants: the flag is only on or off.</source>
        <translation>Keine Varianten: das Flag ist nur an oder aus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="424" />
        <source>Weights add up to %1 %.</source>
        <translation>Die Gewichte ergeben %1 %.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="452" />
        <source>Preview: the engine knows no keys yet.</source>
        <translation>Vorschau: die Engine kennt noch keine Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="455" />
        <source>Preview over the %1 keys the engine knows: %2 inside (%3)</source>
        <translation>Vorschau über die %1 Schlüssel der Engine: %2 im Rollout (%3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagEditorDialog.cpp" line="463" />
        <source>%1; by variant: %2</source>
        <translation>%1; nach Variante: %2</translation>
    </message>
</context>
<context>
    <name>sluice::ui::FlagRow</name>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="30" />
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="31" />
        <source>Killed</source>
        <translation>Notaus</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="33" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="34" />
        <source>No rollout strategy: on for every key its strategies admit</source>
        <translation>Keine Rollout-Strategie: an für jeden Schlüssel, den seine Strategien zulassen</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="56" />
        <source>Rollout of %1</source>
        <translation>Rollout von %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="64" />
        <source>Active keys the flag is on for now</source>
        <translation>Aktive Schlüssel, für die das Flag jetzt an ist</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="67" />
        <source>The console is read-only: flags cannot be changed here.</source>
        <translation>Die Konsole ist schreibgeschützt: Flags lassen sich hier nicht ändern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="73" />
        <source>Strategies, constraints, segments and variants of %1</source>
        <translation>Strategien, Bedingungen, Segmente und Varianten von %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="112" />
        <source>On: evaluated by its strategies. Click to turn it off for everyone.</source>
        <translation>An: nach seinen Strategien ausgewertet. Klicken schaltet es für alle aus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="113" />
        <source>Off for everyone. Click to turn it on.</source>
        <translation>Für alle aus. Klicken schaltet es ein.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="118" />
        <source>Lift kill</source>
        <translation>Notaus aufheben</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="118" />
        <source>Kill…</source>
        <translation>Notaus…</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="119" />
        <source>Let the flag's own settings decide again</source>
        <translation>Wieder die Einstellungen des Flags entscheiden lassen</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="120" />
        <source>Turn the flag off for every key at once, with a reason</source>
        <translation>Das Flag sofort für alle Schlüssel ausschalten, mit Begründung</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="142" />
        <source>Pause plan</source>
        <translation>Plan anhalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="142" />
        <source>Resume plan</source>
        <translation>Plan fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="143" />
        <source>Resume the plan; this clears the halt</source>
        <translation>Den Plan fortsetzen; das hebt den Stopp auf</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="144" />
        <source>Pause or resume the gradual rollout</source>
        <translation>Den schrittweisen Rollout anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRow.cpp" line="155" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>sluice::ui::FlagRowText</name>
    <message>
        <location filename="../ui/pages/flags/FlagRowText.cpp" line="27" />
        <source>Sluice feature</source>
        <translation>Sluice-Funktion</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRowText.cpp" line="30" />
        <source>Route policy %1</source>
        <translation>Routenrichtlinie %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRowText.cpp" line="33" />
        <source>VIP tier %1</source>
        <translation>VIP-Stufe %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRowText.cpp" line="35" />
        <source>Evaluated only</source>
        <translation>Nur ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRowText.cpp" line="43" />
        <source>On at %1</source>
        <translation>Ein um %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRowText.cpp" line="45" />
        <source>Off at %1</source>
        <translation>Aus um %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRowText.cpp" line="55" />
        <source>Plan +%1 % to %2 %, next %3</source>
        <translation>Plan +%1 % bis %2 %, nächster %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRowText.cpp" line="60" />
        <source>Plan paused (+%1 % to %2 %)</source>
        <translation>Plan angehalten (+%1 % bis %2 %)</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRowText.cpp" line="64" />
        <source>Plan halted: %1</source>
        <translation>Plan gestoppt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRowText.cpp" line="67" />
        <source>Plan done at %1 %</source>
        <translation>Plan fertig bei %1 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRowText.cpp" line="75" />
        <source>no active keys</source>
        <translation>keine aktiven Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagRowText.cpp" line="77" />
        <source>%1 of %2 keys</source>
        <translation>%1 von %2 Schlüsseln</translation>
    </message>
</context>
<context>
    <name>sluice::ui::FlagTimingPane</name>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="47" />
        <source>Roll out by plan</source>
        <translation>Nach Plan ausrollen</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="90" />
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="92" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="92" />
        <source>Switch</source>
        <translation>Schalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="96" />
        <source>Add switch</source>
        <translation>Schaltzeit hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="98" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="116" />
        <source>On the engine's clock; times are local.</source>
        <translation>Nach der Uhr der Engine; Zeiten in Ortszeit.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="131" />
        <source>Rollout plan</source>
        <translation>Rollout-Plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="135" />
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="144" />
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="139" />
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="140" />
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="141" />
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="157" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="158" />
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="159" />
        <source>Up to</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="160" />
        <source>Halt when an alert of these kinds opens:</source>
        <translation>Anhalten, wenn ein Alarm dieser Arten öffnet:</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="180" />
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="181" />
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="216" />
        <source>Schedule row %1: %2 has passed on the engine's clock.</source>
        <translation>Zeitplan-Zeile %1: %2 ist nach der Uhr der Engine vorbei.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagTimingPane.cpp" line="231" />
        <source>A rollout plan moves a rollout: give the flag a flexibleRollout strategy first.</source>
        <translation>Ein Rollout-Plan bewegt einen Rollout: geben Sie dem Flag zuerst eine flexibleRollout-Strategie.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::FlagsPage</name>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="29" />
        <source>New flag…</source>
        <translation>Neues Flag…</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="30" />
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="30" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="46" />
        <source>Waiting for the engine…</source>
        <translation>Warte auf die Engine…</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="47" />
        <source>Read an Unleash client-features file (JSON): every flag and segment in it, or none</source>
        <translation>Eine Unleash-Client-Features-Datei (JSON) lesen: jedes Flag und Segment darin oder keines</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="48" />
        <source>Write every flag and segment as an Unleash client-features file (JSON)</source>
        <translation>Alle Flags und Segmente als Unleash-Client-Features-Datei (JSON) schreiben</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="49" />
        <source>The console is read-only: flags cannot be changed here.</source>
        <translation>Die Konsole ist schreibgeschützt: Flags lassen sich hier nicht ändern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="68" />
        <source>Feature flags</source>
        <translation>Feature-Flags</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="91" />
        <source>The engine refused: %1</source>
        <translation>Die Engine lehnte ab: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="138" />
        <source>%n flag(s), %1 on</source>
        <translation>
            <numerusform>%n Flag, %1 an</numerusform>
            <numerusform>%n Flags, %1 an</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="140" />
        <source>%1, %2 killed</source>
        <translation>%1, %2 mit Notaus</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="143" />
        <source>No flags yet. Create one with New flag, or import an Unleash file.</source>
        <translation>Noch keine Flags. Legen Sie eines mit „Neues Flag“ an oder importieren Sie eine Unleash-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="174" />
        <source>The kill switch of %1 is lifted.</source>
        <translation>Der Notaus von %1 ist aufgehoben.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="191" />
        <source>Change the rollout</source>
        <translation>Rollout ändern</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="192" />
        <source>Move %1 from %2 % to %3 % of keys at once?</source>
        <translation>%1 auf einmal von %2 % auf %3 % der Schlüssel ändern?</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="196" />
        <source>A jump of more than %1 points changes what many keys get in one step.</source>
        <translation>Ein Sprung um mehr als %1 Punkte ändert für viele Schlüssel auf einmal, was sie bekommen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="213" />
        <source>Kill %1</source>
        <translation>Notaus für %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="214" />
        <source>Turns %1 off for every key until lifted. Why?</source>
        <translation>Schaltet %1 für alle Schlüssel aus, bis der Notaus aufgehoben wird. Warum?</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="220" />
        <source>%1 was not killed: a reason is required.</source>
        <translation>Kein Notaus für %1: eine Begründung ist nötig.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="224" />
        <source>%1 is killed: off for every key.</source>
        <translation>Notaus für %1: für alle Schlüssel aus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="234" />
        <source>Reading the flags' definitions…</source>
        <translation>Lese die Definitionen der Flags…</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPage.cpp" line="251" />
        <source>%1 is saved.</source>
        <translation>%1 ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPageFiles.cpp" line="37" />
        <source>Export flags</source>
        <translation>Flags exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPageFiles.cpp" line="37" />
        <source>Import flags</source>
        <translation>Flags importieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPageFiles.cpp" line="39" />
        <source>Unleash client features (*.json);;All files (*)</source>
        <translation>Unleash-Client-Features (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPageFiles.cpp" line="56" />
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPageFiles.cpp" line="70" />
        <source>%1 was not imported; nothing changed:
%2</source>
        <translation>%1 wurde nicht importiert; nichts hat sich geändert:
%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/flags/FlagsPageFiles.cpp" line="75" />
        <source>Imported %n flag(s) from %1.</source>
        <translation>
            <numerusform>%n Flag aus %1 importiert.</numerusform>
            <numerusform>%n Flags aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPageFiles.cpp" line="77" />
        <source>%1 Evaluated as off, since this console does not know them:
%2</source>
        <translation>%1 Als aus ausgewertet, da diese Konsole sie nicht kennt:
%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPageFiles.cpp" line="83" />
        <source>Importing %1; the engine will check it. Warnings:
%2</source>
        <translation>Importiere %1; die Engine prüft es. Warnungen:
%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPageFiles.cpp" line="92" />
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/flags/FlagsPageFiles.cpp" line="110" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/flags/FlagsPageFiles.cpp" line="112" />
        <source>Exported %n flag(s) to %1.</source>
        <translation>
            <numerusform>%n Flag nach %1 exportiert.</numerusform>
            <numerusform>%n Flags nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::FleetClient</name>
    <message>
        <location filename="../ui/fleet/FleetClient.cpp" line="23" />
        <source>Give the server as host:port or an http:// address, such as 127.0.0.1:9090.</source>
        <translation>Geben Sie den Server als host:port oder als http://-Adresse an, etwa 127.0.0.1:9090.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetClient.cpp" line="143" />
        <source>The server's answer is over %1 MB: it is not a fleet's.</source>
        <translation>Die Antwort des Servers ist größer als %1 MB: Sie stammt nicht von einer Flotte.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetClient.cpp" line="164" />
        <source>The server refused the token (401): it is not a valid token of that server.</source>
        <translation>Der Server hat das Token abgelehnt (401): Es ist kein gültiges Token dieses Servers.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetClient.cpp" line="167" />
        <source>The token may not do this (403): reading needs a read or admin token, changes an admin token.</source>
        <translation>Das Token darf das nicht (403): Lesen braucht ein Token mit Bereich read oder admin, Änderungen eines mit admin.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetClient.cpp" line="215" />
        <location filename="../ui/fleet/FleetClient.cpp" line="237" />
        <source>Attach to a fleet first.</source>
        <translation>Verbinden Sie sich zuerst mit einer Flotte.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetClient.cpp" line="188" />
        <source>The server's answer is over %1 MB: it is not an admin API's.</source>
        <translation>Die Antwort des Servers ist größer als %1 MB: Sie stammt nicht von einer Admin-API.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetClient.cpp" line="245" />
        <source>The console was attached to another server meanwhile.</source>
        <translation>Die Konsole wurde inzwischen mit einem anderen Server verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetClient.cpp" line="170" />
        <source>No answer from %1: %2</source>
        <translation>Keine Antwort von %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetClient.cpp" line="155" />
        <location filename="../ui/fleet/FleetClient.cpp" line="175" />
        <source>The server answered %1: %2</source>
        <translation>Der Server hat %1 geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>sluice::ui::FleetErrand</name>
    <message>
        <location filename="../ui/fleet/FleetErrand.cpp" line="33" />
        <source>%1 on %2: asking…</source>
        <translation>%1 auf %2: wird angefragt …</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetErrand.cpp" line="46" />
        <source>%1 on %2: not done. %3</source>
        <translation>%1 auf %2: nicht ausgeführt. %3</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetErrand.cpp" line="52" />
        <source>%1 on %2: passed on through the fleet; waiting for %2 to do it…</source>
        <translation>%1 auf %2: über die Flotte weitergegeben; warte, bis %2 es ausführt …</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetErrand.cpp" line="60" />
        <source>%1 on %2: done.</source>
        <translation>%1 auf %2: ausgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetErrand.cpp" line="62" />
        <source>%1 on %2: the server at %3 did it itself rather than pass it on: it may be a Sluice older than this console. Look at its own alerts and notifications.</source>
        <translation>%1 auf %2: Der Server unter %3 hat es selbst ausgeführt, statt es weiterzugeben; er ist womöglich ein älteres Sluice als diese Konsole. Prüfen Sie seine eigenen Alarme und Meldungen.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetErrand.cpp" line="95" />
        <source>%1 on %2: %2 left the fleet before it did it.</source>
        <translation>%1 auf %2: %2 hat die Flotte verlassen, bevor es ausgeführt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetErrand.cpp" line="105" />
        <source>%1 on %2: %2 has done it.</source>
        <translation>%1 auf %2: %2 hat es ausgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetErrand.cpp" line="107" />
        <source>%1 on %2: %2 took it but did not do it; it may have changed meanwhile, and its log says why.</source>
        <translation>%1 auf %2: %2 hat es erhalten, aber nicht ausgeführt; es hat sich wohl inzwischen geändert, sein Protokoll sagt, warum.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetErrand.cpp" line="112" />
        <source>%1 on %2: %2 went silent before it did it.</source>
        <translation>%1 auf %2: %2 ist verstummt, bevor es ausgeführt wurde.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::FleetFeed</name>
    <message>
        <location filename="../ui/fleet/FleetFeed.cpp" line="50" />
        <source>No token for %1 in the keychain: give it again.</source>
        <translation>Kein Token für %1 im Schlüsselbund: Geben Sie es erneut an.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetFeed.cpp" line="51" />
        <source>The keychain could not give the token: %1</source>
        <translation>Der Schlüsselbund konnte das Token nicht liefern: %1</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetFeed.cpp" line="90" />
        <source>Attached for this session only: the keychain could not keep the token (%1).</source>
        <translation>Nur für diese Sitzung verbunden: Der Schlüsselbund konnte das Token nicht aufbewahren (%1).</translation>
    </message>
</context>
<context>
    <name>sluice::ui::FleetFlagsFile</name>
    <message>
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="31" />
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="80" />
        <source>Import flags on the whole fleet</source>
        <translation>Flags auf der ganzen Flotte importieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="32" />
        <source>Unleash client features (*.json);;All files (*)</source>
        <translation>Unleash-Client-Features (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="59" />
        <source>it is larger than the %1 KiB the admin API takes in one request</source>
        <translation>sie ist größer als die %1 KiB, die die Admin-API in einer Anfrage annimmt</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="67" />
        <source>%1 was not imported; nothing changed: %2</source>
        <translation>%1 wurde nicht importiert; nichts hat sich geändert: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="81" />
        <source>Import %n flag(s) from %1 on every engine of the fleet?</source>
        <translation>
            <numerusform>%n Flag aus %1 auf jeder Engine der Flotte importieren?</numerusform>
            <numerusform>%n Flags aus %1 auf jeder Engine der Flotte importieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="85" />
        <source>The file brings %n segment(s). Flags of the same name and segments of the same number are replaced; each engine takes the whole file or none of it.</source>
        <translation>
            <numerusform>Die Datei bringt %n Segment mit. Flags gleichen Namens und Segmente gleicher Nummer werden ersetzt; jede Engine übernimmt die ganze Datei oder nichts davon.</numerusform>
            <numerusform>Die Datei bringt %n Segmente mit. Flags gleichen Namens und Segmente gleicher Nummer werden ersetzt; jede Engine übernimmt die ganze Datei oder nichts davon.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="90" />
        <source>Evaluated as off, since Sluice does not know them:
%1</source>
        <translation>Als aus ausgewertet, da Sluice sie nicht kennt:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="93" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="95" />
        <source>Import and &amp;remove the other flags</source>
        <translation>Importieren und die anderen Flags &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="98" />
        <source>Also removes, on every engine, each flag the file does not have (Sluice&apos;s own flags stay)</source>
        <translation>Entfernt außerdem auf jeder Engine jedes Flag, das die Datei nicht enthält (die eigenen Flags von Sluice bleiben)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="103" />
        <source>%n flag(s) from %1 imported</source>
        <translation>
            <numerusform>%n Flag aus %1 importiert</numerusform>
            <numerusform>%n Flags aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetFlagsFile.cpp" line="106" />
        <source>%n flag(s) from %1 imported, the other flags removed</source>
        <translation>
            <numerusform>%n Flag aus %1 importiert, die anderen Flags entfernt</numerusform>
            <numerusform>%n Flags aus %1 importiert, die anderen Flags entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::FleetModel</name>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="44" />
        <source>Not shared</source>
        <translation>Nicht geteilt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="47" />
        <source>Degraded: %1 of %n node(s) answer</source>
        <translation>
            <numerusform>Eingeschränkt: %1 von %n Knoten antwortet</numerusform>
            <numerusform>Eingeschränkt: %1 von %n Knoten antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="48" />
        <source>Whole (%n node(s))</source>
        <translation>
            <numerusform>Vollständig (%n Knoten)</numerusform>
            <numerusform>Vollständig (%n Knoten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="53" />
        <source>%1; %n score change(s) alone</source>
        <translation>
            <numerusform>%1; %n Wertänderung allein</numerusform>
            <numerusform>%1; %n Wertänderungen allein</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="71" />
        <source>Silent</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="73" />
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="73" />
        <source>Deciding</source>
        <translation>Entscheidet</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="96" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="103" />
        <source>%1; scores its own</source>
        <translation>%1; eigene Werte</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="118" />
        <source>Limits are shared through Redis, but this engine keeps keys' reputation scores alone while other engines of the fleet share theirs: a key's reputation, and so its limit, differs between them. Start it with --redis-reputation shared.</source>
        <translation>Limits werden über Redis geteilt, aber diese Engine führt die Reputationswerte der Schlüssel allein, während andere Engines der Flotte ihre teilen: Die Reputation eines Schlüssels und damit sein Limit unterscheiden sich zwischen ihnen. Starten Sie sie mit --redis-reputation shared.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="123" />
        <source>Limits and keys' reputation scores are shared through Redis. Score changes made alone: %1.</source>
        <translation>Limits und Reputationswerte der Schlüssel werden über Redis geteilt. Allein vorgenommene Wertänderungen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="126" />
        <source>Limits are shared through Redis; reputation scores are this engine's own.</source>
        <translation>Limits werden über Redis geteilt; die Reputationswerte führt diese Engine selbst.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="129" />
        <source>Not heard of for more than three seconds: stopped, cut off from Redis, or hung.</source>
        <translation>Seit mehr als drei Sekunden nichts gehört: beendet, von Redis getrennt oder hängend.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="141" />
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="143" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="145" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="147" />
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="149" />
        <source>Decisions/s</source>
        <translation>Entscheidungen/s</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="151" />
        <source>Lag</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="153" />
        <source>Throttle</source>
        <translation>Drosselung</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="155" />
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetModel.cpp" line="157" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>sluice::ui::FleetPage</name>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="96" />
        <source>Attach</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="97" />
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="348" />
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="98" />
        <source>Decisions per second</source>
        <translation>Entscheidungen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="99" />
        <source>Denied per second</source>
        <translation>Abgelehnt pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="99" />
        <source>Redis degraded</source>
        <translation>Redis eingeschränkt</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="102" />
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="103" />
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="104" />
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="105" />
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="113" />
        <source>The console is read-only: it changes nothing in the fleet either.</source>
        <translation>Die Konsole ist schreibgeschützt: Sie ändert auch in der Flotte nichts.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="139" />
        <source>%1: done on %2, which shares it with no other engine (no Redis).</source>
        <translation>%1: auf %2 erledigt, das es mit keiner anderen Engine teilt (kein Redis).</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="141" />
        <source>%1: sent; waiting for the engines…</source>
        <translation>%1: gesendet; warte auf die Engines…</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="148" />
        <source>%1: not done. %2</source>
        <translation>%1: nicht erledigt. %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="188" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="191" />
        <source>sluice_… token</source>
        <translation>sluice_…-Token</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="192" />
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="195" />
        <source>Stop watching this fleet and remove its token from the keychain</source>
        <translation>Diese Flotte nicht mehr beobachten und ihr Token aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="196" />
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="198" />
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="217" />
        <source>last 5 minutes</source>
        <translation>letzte 5 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="225" />
        <source>Fleet requests per second, last 5 minutes</source>
        <translation>Anfragen der Flotte pro Sekunde, letzte 5 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="220" />
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="697" />
        <source>Reputation across the fleet</source>
        <translation>Ruf über die ganze Flotte</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="98" />
        <source>Engines answering</source>
        <translation>Engines, die antworten</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="106" />
        <source>Roll out</source>
        <translation>Ausrollen</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="106" />
        <source>Switch on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="107" />
        <source>Switch off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="107" />
        <source>Definition…</source>
        <translation>Definition…</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="155" />
        <source>Tier: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="181" />
        <source>Watch a fleet of &lt;b&gt;sluice serve&lt;/b&gt; engines that share their limits and keys' scores through Redis: give the address of any one of them and an API token of scope read or admin. The token is kept in the system keychain.</source>
        <translation>Beobachten Sie eine Flotte von &lt;b&gt;sluice serve&lt;/b&gt;-Engines, die ihre Limits und die Werte der Schlüssel über Redis teilen: Geben Sie die Adresse einer beliebigen von ihnen und ein API-Token mit Bereich read oder admin an. Das Token wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="236" />
        <source>Engines of the fleet</source>
        <translation>Engines der Flotte</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="237" />
        <source>Not attached to a fleet.</source>
        <translation>Mit keiner Flotte verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="249" />
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="251" />
        <source>Reason (required), e.g. incident 42</source>
        <translation>Grund (erforderlich), z. B. Vorfall 42</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="252" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="254" />
        <source>Hold the throttle of every engine of the fleet at this level (needs an admin token)</source>
        <translation>Die Drosselung jeder Engine der Flotte auf dieser Stufe halten (braucht ein Admin-Token)</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="256" />
        <source>Hand every engine's throttle back to its automatic controller</source>
        <translation>Die Drosselung jeder Engine wieder ihrer automatischen Regelung überlassen</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="259" />
        <source>Throttle the whole fleet at &amp;level:</source>
        <translation>Ganze Flotte drosseln auf &amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="272" />
        <source>Key, e.g. partner-7</source>
        <translation>Schlüssel, z. B. partner-7</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="273" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="276" />
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="375" />
        <source>Tier, e.g. gold</source>
        <translation>Stufe, z. B. gold</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="277" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="285" />
        <source>Notes (optional)</source>
        <translation>Notizen (optional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="286" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="289" />
        <source>Give the key this VIP tier on every engine of the fleet (needs an admin token)</source>
        <translation>Dem Schlüssel diese VIP-Stufe auf jeder Engine der Flotte geben (braucht ein Admin-Token)</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="291" />
        <source>Take the key's VIP tier away on every engine of the fleet</source>
        <translation>Dem Schlüssel die VIP-Stufe auf jeder Engine der Flotte entziehen</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="292" />
        <source>VIP on the whole fleet, &amp;key:</source>
        <translation>VIP für die ganze Flotte, &amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="309" />
        <source>Flag, e.g. new-checkout</source>
        <translation>Flag, z. B. new-checkout</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="311" />
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="316" />
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="318" />
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="515" />
        <source>Move the flag's rollout slider to this percentage on every engine of the fleet</source>
        <translation>Den Rollout-Regler des Flags auf jeder Engine der Flotte auf diesen Prozentsatz stellen</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="320" />
        <source>Switch the flag on on every engine of the fleet</source>
        <translation>Das Flag auf jeder Engine der Flotte einschalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="322" />
        <source>Switch the flag off on every engine of the fleet</source>
        <translation>Das Flag auf jeder Engine der Flotte ausschalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="324" />
        <source>Edit the flag's whole definition, or define a new one, on every engine of the fleet</source>
        <translation>Die ganze Definition des Flags bearbeiten oder ein neues definieren, auf jeder Engine der Flotte</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="326" />
        <source>Import a flags file (Unleash client features) on every engine of the fleet</source>
        <translation>Eine Flag-Datei (Unleash-Client-Features) auf jeder Engine der Flotte importieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="327" />
        <source>Feature fla&amp;g on the whole fleet:</source>
        <translation>Feature-Fla&amp;g für die ganze Flotte:</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="353" />
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="393" />
        <source>Not attached.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="164" />
        <source>Reading the token of %1 from the keychain…</source>
        <translation>Das Token für %1 wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="108" />
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="168" />
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="379" />
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="367" />
        <source>Give a token of that server (sluice token create NAME --scope read).</source>
        <translation>Geben Sie ein Token dieses Servers an (sluice token create NAME --scope read).</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="414" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="417" />
        <source>Reputation across the fleet: %1 active keys</source>
        <translation>Ruf über die ganze Flotte: %1 aktive Schlüssel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="424" />
        <source>Attached to %1: %n engine(s)</source>
        <translation>
            <numerusform>Verbunden mit %1: %n Engine</numerusform>
            <numerusform>Verbunden mit %1: %n Engines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="427" />
        <source>, %n silent</source>
        <translation>
            <numerusform>, %n stumm</numerusform>
            <numerusform>, %n stumm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="430" />
        <source>; Redis is degraded on %n of them</source>
        <translation>
            <numerusform>; Redis ist bei %n davon eingeschränkt</numerusform>
            <numerusform>; Redis ist bei %n davon eingeschränkt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="447" />
        <source>Give a reason: the audit log of every engine keeps it.</source>
        <translation>Geben Sie einen Grund an: Das Prüfprotokoll jeder Engine bewahrt ihn auf.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="452" />
        <source>Throttle held at %1</source>
        <translation>Drosselung auf %1 gehalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="459" />
        <source>Throttle released</source>
        <translation>Drosselung freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="468" />
        <source>Give the key and its VIP tier.</source>
        <translation>Geben Sie den Schlüssel und seine VIP-Stufe an.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="475" />
        <source>VIP tier %1 for %2</source>
        <translation>VIP-Stufe %1 für %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="483" />
        <source>Give the key whose VIP tier goes.</source>
        <translation>Geben Sie den Schlüssel an, dessen VIP-Stufe entzogen wird.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="486" />
        <source>VIP tier of %1 revoked</source>
        <translation>VIP-Stufe von %1 entzogen</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="518" />
        <source>Move the flag's rollout slider to this percentage on every engine of the fleet (now %1 %)</source>
        <translation>Den Rollout-Regler des Flags auf jeder Engine der Flotte auf diesen Prozentsatz stellen (jetzt %1 %)</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="521" />
        <source>This flag has no rollout strategy: it is only switched on or off</source>
        <translation>Dieses Flag hat keine Rollout-Strategie: es wird nur ein- oder ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="529" />
        <source>Choose the flag to roll out.</source>
        <translation>Wählen Sie das Flag, das ausgerollt werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="534" />
        <source>Flag %1 rolled out to %2 %</source>
        <translation>Flag %1 auf %2 % ausgerollt</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="542" />
        <source>Choose the flag to switch.</source>
        <translation>Wählen Sie das Flag, das geschaltet werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="547" />
        <source>Flag %1 switched on</source>
        <translation>Flag %1 eingeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="547" />
        <source>Flag %1 switched off</source>
        <translation>Flag %1 ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="566" />
        <source>The flag cannot be edited: %1</source>
        <translation>Das Flag kann nicht bearbeitet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="571" />
        <source>the server's segments do not read.</source>
        <translation>die Segmente des Servers sind nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="577" />
        <source>the server's flags do not read.</source>
        <translation>die Flags des Servers sind nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="613" />
        <source>Flag %1 on the whole fleet</source>
        <translation>Flag %1 auf der ganzen Flotte</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="613" />
        <source>New flag on the whole fleet</source>
        <translation>Neues Flag auf der ganzen Flotte</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="621" />
        <source>Flag %1 defined</source>
        <translation>Flag %1 definiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="640" />
        <source>%1: sending…</source>
        <translation>%1: wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="671" />
        <source>%1 (Sluice %2)</source>
        <translation>%1 (Sluice %2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="677" />
        <source>%1: applied by every engine (%2 of %3).</source>
        <translation>%1: von jeder Engine übernommen (%2 von %3).</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="678" />
        <source>%1: taken by every engine (%2 of %3), but one running a Sluice older than %5 may have passed over it: %4.</source>
        <translation>%1: von jeder Engine entgegengenommen (%2 von %3), aber eine mit einem älteren Sluice als %5 hat die Änderung womöglich übergangen: %4.</translation>
    </message>
    <message>
        <location filename="../ui/pages/fleet/FleetPage.cpp" line="688" />
        <source>%1: applied by %2 of %3 engines so far…</source>
        <translation>%1: bisher von %2 von %3 Engines übernommen…</translation>
    </message>
</context>
<context>
    <name>sluice::ui::FleetScopeBox</name>
    <message>
        <location filename="../ui/fleet/FleetScopeBox.cpp" line="41" />
        <source>Engine shown by the dashboards</source>
        <translation>Engine, die die Übersichten zeigen</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetScopeBox.cpp" line="43" />
        <source> &amp;Engine </source>
        <translation> &amp;Engine </translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetScopeBox.cpp" line="68" />
        <source>Show this console's engine, the whole fleet it is attached to, or one engine of it. The fleet's charts cover what the console heard over the last five minutes.</source>
        <translation>Die Engine dieser Konsole zeigen, die ganze Flotte, mit der sie verbunden ist, oder eine Engine daraus. Die Diagramme der Flotte zeigen, was die Konsole in den letzten fünf Minuten von ihr gehört hat.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetScopeBox.cpp" line="71" />
        <source>This page shows this console's engine only.</source>
        <translation>Diese Seite zeigt nur die Engine dieser Konsole.</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetScopeBox.cpp" line="102" />
        <source>This console</source>
        <translation>Diese Konsole</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fleet/FleetScopeBox.cpp" line="105" />
        <source>Whole fleet (%n engine(s))</source>
        <translation>
            <numerusform>Ganze Flotte (%n Engine)</numerusform>
            <numerusform>Ganze Flotte (%n Engines)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetScopeBox.cpp" line="106" />
        <source>Whole fleet</source>
        <translation>Ganze Flotte</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetScopeBox.cpp" line="112" />
        <source>%1 (silent)</source>
        <translation>%1 (stumm)</translation>
    </message>
    <message>
        <location filename="../ui/fleet/FleetScopeBox.cpp" line="116" />
        <source>%1 (not heard)</source>
        <translation>%1 (nicht gehört)</translation>
    </message>
</context>
<context>
    <name>sluice::ui::HttpListenerPanel</name>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="30" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="41" />
        <source>Listen &amp;on:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="45" />
        <source>An IP address and a port: 127.0.0.1:9090 for this machine only, 0.0.0.0:9090 for every network, [::1]:9090 for IPv6; port 0 picks a free one</source>
        <translation>Eine IP-Adresse und ein Port: 127.0.0.1:9090 nur für diesen Rechner, 0.0.0.0:9090 für alle Netze, [::1]:9090 für IPv6; Port 0 wählt einen freien</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="48" />
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="134" />
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="50" />
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="134" />
        <source>Star&amp;t</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="62" />
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="62" />
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="62" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="67" />
        <source>Check API tokens</source>
        <translation>Tokens der Prüf-API</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="73" />
        <source>nginx configuration</source>
        <translation>nginx-Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="75" />
        <source>Copy the nginx configuration to the clipboard</source>
        <translation>nginx-Konfiguration in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="84" />
        <source>nginx in front of a site</source>
        <translation>nginx vor einer Website</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="89" />
        <source>HTTP check API</source>
        <translation>HTTP-Prüf-API</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="136" />
        <source>Close the port; checks already under way are still decided</source>
        <translation>Schließt den Port; laufende Prüfungen werden noch entschieden</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="137" />
        <source>Answer the checks of nginx, Traefik or Envoy at this address</source>
        <translation>Beantwortet die Prüfungen von nginx, Traefik oder Envoy unter dieser Adresse</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="154" />
        <source>Not listening: a read-only console answers no checks; the server that writes the database does (“sluice serve”).</source>
        <translation>Nicht empfangsbereit: Eine schreibgeschützte Konsole beantwortet keine Prüfungen; das tut der Server, der die Datenbank schreibt („sluice serve“).</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="156" />
        <source>Stopped. Start answers checks at the address above; “sluice serve” does the same without a window.</source>
        <translation>Gestoppt. „Starten“ beantwortet Prüfungen unter der Adresse oben; „sluice serve“ tut dasselbe ohne Fenster.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="160" />
        <source>Starting at %1…</source>
        <translation>Startet auf %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="163" />
        <source>Listening at %1.</source>
        <translation>Empfangsbereit auf %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="165" />
        <source>Other machines can reach it; every request still needs a token.</source>
        <translation>Andere Rechner erreichen ihn; jede Anfrage braucht weiterhin ein Token.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="168" />
        <source>No valid token yet: every check gets 401.</source>
        <translation>Noch kein gültiges Token: Jede Prüfung erhält 401.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="174" />
        <source>Not listening at %1: %2</source>
        <translation>Empfängt nicht unter %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="209" />
        <source>The tokens could not be read: %1</source>
        <translation>Die Tokens konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="211" />
        <source>No tokens yet. Make one with “sluice token create NAME”; it is shown once.</source>
        <translation>Noch keine Tokens. Erstellen Sie eines mit „sluice token create NAME“; es wird einmal angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/HttpListenerPanel.cpp" line="213" />
        <source>Create and revoke tokens with “sluice token create” and “sluice token revoke”.</source>
        <translation>Tokens erstellen und widerrufen Sie mit „sluice token create“ und „sluice token revoke“.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::InteractiveChartView</name>
    <message>
        <location filename="../ui/charts/InteractiveChartView.cpp" line="31" />
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/charts/InteractiveChartView.cpp" line="31" />
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/charts/InteractiveChartView.cpp" line="32" />
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
</context>
<context>
    <name>sluice::ui::KeyActions</name>
    <message>
        <location filename="../ui/widgets/KeyActions.cpp" line="53" />
        <source>Assign VIP…</source>
        <translation>VIP zuweisen…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/KeyActions.cpp" line="53" />
        <source>Copy key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/KeyActions.cpp" line="54" />
        <source>Show audit entries</source>
        <translation>Prüfprotokoll-Einträge anzeigen</translation>
    </message>
</context>
<context>
    <name>sluice::ui::KeyDetailPane</name>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="127" />
        <source>Select a key to see its details</source>
        <translation>Wählen Sie einen Schlüssel, um seine Details zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="56" />
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="67" />
        <source>Effective limit</source>
        <translation>Effektives Limit</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="74" />
        <source>Score:</source>
        <translation>Punktzahl:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="75" />
        <source>VIP:</source>
        <translation>VIP:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="76" />
        <source>Traffic:</source>
        <translation>Verkehr:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="77" />
        <source>Last seen:</source>
        <translation>Zuletzt gesehen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="78" />
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="79" />
        <source>Effective limit:</source>
        <translation>Effektives Limit:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="106" />
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="107" />
        <source>What can be done with this key</source>
        <translation>Was sich mit diesem Schlüssel tun lässt</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="149" />
        <source>Details of key %1</source>
        <translation>Details zu Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="153" />
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="179" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="181" />
        <source>%1 allowed, %2 denied</source>
        <translation>%1 zugelassen, %2 abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="182" />
        <source>Not seen since the engine started</source>
        <translation>Seit dem Start der Engine nicht gesehen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="187" />
        <source>base × reputation × VIP × throttle = limit, default route</source>
        <translation>Basis × Ruf × VIP × Drosselung = Limit, Standardroute</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="188" />
        <source>base × reputation × VIP × throttle = limit, per route</source>
        <translation>Basis × Ruf × VIP × Drosselung = Limit, je Route</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="190" />
        <source>Reputation does not apply to this key: it is outside the reputation rollout.</source>
        <translation>Der Ruf gilt nicht für diesen Schlüssel: Er liegt außerhalb des Ruf-Rollouts.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="193" />
        <source>The throttle does not apply to this key: it is outside the adaptive limiting rollout.</source>
        <translation>Die Drosselung gilt nicht für diesen Schlüssel: Er liegt außerhalb des Rollouts der adaptiven Begrenzung.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="230" />
        <source>No violations or tier changes recorded for this key.</source>
        <translation>Für diesen Schlüssel sind keine Verstöße oder Stufenwechsel erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="233" />
        <source>Reputation events, newest first: %1</source>
        <translation>Ruf-Ereignisse, neueste zuerst: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="255" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="260" />
        <source>%1 (× %2), does not expire</source>
        <translation>%1 (× %2), ohne Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="262" />
        <source>%1 (× %2), expires %3</source>
        <translation>%1 (× %2), Ablauf %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="268" />
        <source>Not known to the engine: the defaults apply</source>
        <translation>Der Engine nicht bekannt: Es gelten die Standardwerte</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="271" />
        <source>Dormant: idle, its reputation is kept</source>
        <translation>Ruhend: inaktiv, Ruf bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyDetailPane.cpp" line="273" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>sluice::ui::KeyEventsList</name>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="50" />
        <source>Reputation events</source>
        <translation>Ruf-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="40" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="40" />
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="40" />
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="50" />
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="50" />
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="56" />
        <source>Violation, severity %1</source>
        <translation>Verstoß, Schweregrad %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="59" />
        <source>Tier changed: %1 → %2</source>
        <translation>Stufe geändert: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/KeyEventsList.cpp" line="72" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>sluice::ui::KeyTableModel</name>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="266" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="324" />
        <source>This column cannot be sorted.</source>
        <translation>Diese Spalte kann nicht sortiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="331" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="333" />
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="335" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="337" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="339" />
        <source>Allowed</source>
        <translation>Zugelassen</translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="341" />
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/models/KeyTableModel.cpp" line="343" />
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>sluice::ui::Keychain</name>
    <message>
        <location filename="../ui/secrets/Keychain.cpp" line="37" />
        <source>The keychain failed with error %1.</source>
        <translation>Der Schlüsselbund ist mit Fehler %1 gescheitert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/secrets/Keychain.cpp" line="50" />
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb einer Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::KpiTile</name>
    <message>
        <location filename="../ui/widgets/KpiTile.cpp" line="36" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sluice::ui::LogSettingsForm</name>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="22" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="33" />
        <source>Combined (nginx, Apache)</source>
        <translation>Combined (nginx, Apache)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="34" />
        <source>Common</source>
        <translation>Common</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="35" />
        <source>JSON lines</source>
        <translation>JSON-Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="36" />
        <source>nginx log_format pattern</source>
        <translation>nginx-log_format-Muster</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="39" />
        <source>Client IP address</source>
        <translation>Client-IP-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="40" />
        <source>First X-Forwarded-For address</source>
        <translation>Erste X-Forwarded-For-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="41" />
        <source>Last X-Forwarded-For address</source>
        <translation>Letzte X-Forwarded-For-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="42" />
        <source>Authenticated user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="43" />
        <source>Header field</source>
        <translation>Header-Feld</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="44" />
        <source>Capture from the path</source>
        <translation>Aus dem Pfad entnehmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="50" />
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="53" />
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="54" />
        <source>Pa&amp;ttern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="58" />
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="61" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="62" />
        <source>Header name or path expression</source>
        <translation>Header-Name oder Pfadausdruck</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="79" />
        <source>Choose an access log</source>
        <translation>Zugriffsprotokoll wählen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="80" />
        <source>Access logs (*.log *.log.* *.gz *.txt);;All files (*)</source>
        <translation>Zugriffsprotokolle (*.log *.log.* *.gz *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="126" />
        <source>Choose the log file.</source>
        <translation>Wählen Sie die Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="129" />
        <source>Write the pattern as nginx's log_format does, with $variables.</source>
        <translation>Schreiben Sie das Muster wie nginx' log_format, mit $Variablen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="132" />
        <source>Name the header field that holds the key.</source>
        <translation>Nennen Sie das Header-Feld mit dem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/LogSettingsForm.cpp" line="133" />
        <source>Write the expression whose first group is the key.</source>
        <translation>Schreiben Sie den Ausdruck, dessen erste Gruppe der Schlüssel ist.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::LogTrafficDialog</name>
    <message>
        <location filename="../ui/pages/whatif/LogTrafficDialog.cpp" line="20" />
        <source>Access log to replay</source>
        <translation>Wiederzugebendes Zugriffsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/LogTrafficDialog.cpp" line="24" />
        <source>/api=api, /login=login</source>
        <translation>/api=api, /login=login</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/LogTrafficDialog.cpp" line="25" />
        <source>The route of each path prefix: the longest prefix wins, other paths take the default policy.</source>
        <translation>Die Route jedes Pfadpräfixes: das längste Präfix gewinnt, andere Pfade nehmen die Standardrichtlinie.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/LogTrafficDialog.cpp" line="27" />
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/LogTrafficDialog.cpp" line="28" />
        <source>&amp;Routes:</source>
        <translation>&amp;Routen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/LogTrafficDialog.cpp" line="62" />
        <source>Routes: %1</source>
        <translation>Routen: %1</translation>
    </message>
</context>
<context>
    <name>sluice::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71" />
        <source>Engine starting…</source>
        <translation>Engine startet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75" />
        <source>Sluice</source>
        <translation>Sluice</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78" />
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/pages/Pages.cpp" line="24" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/pages/Pages.cpp" line="25" />
        <source>Reputation</source>
        <translation>Ruf</translation>
    </message>
    <message>
        <location filename="../ui/pages/Pages.cpp" line="26" />
        <source>Throttle</source>
        <translation>Drosselung</translation>
    </message>
    <message>
        <location filename="../ui/pages/Pages.cpp" line="27" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../ui/pages/Pages.cpp" line="28" />
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/pages/Pages.cpp" line="29" />
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../ui/pages/Pages.cpp" line="30" />
        <source>Anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <location filename="../ui/pages/Pages.cpp" line="31" />
        <source>Notifications</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/Pages.cpp" line="32" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../ui/pages/Pages.cpp" line="33" />
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <location filename="../ui/pages/Pages.cpp" line="34" />
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../ui/pages/Pages.cpp" line="35" />
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125" />
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130" />
        <source>Started with --read-only: this console watches; admin changes are turned off.</source>
        <translation>Mit --read-only gestartet: Diese Konsole beobachtet nur, Admin-Änderungen sind abgeschaltet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141" />
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144" />
        <location filename="../ui/MainWindow.cpp" line="336" />
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148" />
        <source>Pause or resume the simulated traffic (%1)</source>
        <translation>Simulierten Verkehr anhalten oder fortsetzen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155" />
        <source> Speed </source>
        <translation> Tempo </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158" />
        <source>Simulation speed</source>
        <translation>Simulationstempo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162" />
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174" />
        <source> Scenario </source>
        <translation> Szenario </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177" />
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188" />
        <source> Time range </source>
        <translation> Zeitraum </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191" />
        <source>Time range of the charts</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262" />
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266" />
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272" />
        <source>&amp;About Sluice</source>
        <translation>&amp;Über Sluice</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300" />
        <source> · following %1</source>
        <translation> · verfolgt %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="303" />
        <source> · replaying %1</source>
        <translation> · spielt %1 ab</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306" />
        <source> · checks on %1</source>
        <translation> · Prüfungen auf %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="352" />
        <source>%n new since you last looked</source>
        <translation>
            <numerusform>%n neu seit Ihrem letzten Blick</numerusform>
            <numerusform>%n neu seit Ihrem letzten Blick</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="362" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363" />
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="415" />
        <source>Engine running · %1 active keys</source>
        <translation>Engine läuft · %1 aktive Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297" />
        <location filename="../ui/MainWindow.cpp" line="300" />
        <location filename="../ui/MainWindow.cpp" line="303" />
        <source> · %1 paused</source>
        <translation> · %1 pausiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297" />
        <source> · simulating %1</source>
        <translation> · simuliert %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="425" />
        <source>Throttle: %1</source>
        <translation>Drosselung: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="426" />
        <source>Throttle: %1 (override by %2)</source>
        <translation>Drosselung: %1 (übersteuert von %2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439" />
        <source>Watching %1, which another Sluice writes. The state on show was written at %2 and read at %3; it is read again after each change.</source>
        <translation>Beobachtet %1, das ein anderes Sluice schreibt. Der angezeigte Stand wurde um %2 geschrieben und um %3 gelesen; er wird nach jeder Änderung neu gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="443" />
        <source>Watching %1 · state of %2</source>
        <translation>Beobachte %1 · Stand von %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="445" />
        <source>Watching %1 · cannot read it · state of %2</source>
        <translation>Beobachte %1 · nicht lesbar · Stand von %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="450" />
        <source>Watching</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452" />
        <source>This console watches a database that another Sluice writes: admin changes are made there.</source>
        <translation>Diese Konsole beobachtet eine Datenbank, die ein anderes Sluice schreibt: Admin-Änderungen werden dort vorgenommen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="466" />
        <source>Not saved: %Ln event(s), retrying</source>
        <translation>
            <numerusform>Nicht gespeichert: %Ln Ereignis</numerusform>
            <numerusform>Nicht gespeichert: %Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="468" />
        <source>%1
History is kept in memory and written as soon as the database takes it. Dropped beyond the memory bound: %2 events.</source>
        <translation>%1
Der Verlauf bleibt im Speicher und wird geschrieben, sobald die Datenbank ihn annimmt. Über die Speichergrenze hinaus verworfen: %2 Ereignisse.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::NotificationDetailPane</name>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="24" />
        <source>Retr&amp;y now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="37" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="37" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="37" />
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="37" />
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="43" />
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="55" />
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="86" />
        <source>No notification chosen</source>
        <translation>Keine Benachrichtigung gewählt</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="87" />
        <source>Choose a notification in the list to see its text and how it was delivered.</source>
        <translation>Wählen Sie eine Benachrichtigung in der Liste, um ihren Text und ihre Zustellung zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="94" />
        <source>%1 · %2 · for %3</source>
        <translation>%1 · %2 · für %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="97" />
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="99" />
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="100" />
        <source>Read: %1</source>
        <translation>Gelesen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="100" />
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="102" />
        <source>Acknowledged by %1: %2</source>
        <translation>Bestätigt von %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="105" />
        <source>In the inbox of %1, which keeps its deliveries.</source>
        <translation>Im Posteingang von %1, die auch ihre Zustellungen führt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="108" />
        <source>Reached the database because the delivery queue was full.</source>
        <translation>Kam in die Datenbank, weil die Zustellwarteschlange voll war.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="138" />
        <source>The channel's ops destination</source>
        <translation>Das Ops-Ziel des Kanals</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="140" />
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="191" />
        <source>Next attempt: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="182" />
        <source>Choose a delivery to see its times.</source>
        <translation>Wählen Sie eine Zustellung, um ihre Zeiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="186" />
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="186" />
        <source>the ops destination</source>
        <translation>das Ops-Ziel</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationDetailPane.cpp" line="187" />
        <source>Created %1 · last attempt %2 · sent %3</source>
        <translation>Erstellt %1 · letzter Versuch %2 · gesendet %3</translation>
    </message>
</context>
<context>
    <name>sluice::ui::NotificationInbox</name>
    <message>
        <location filename="../ui/pages/notifications/NotificationInbox.cpp" line="50" />
        <source>Nothing is persisted, so there are no notifications to show.</source>
        <translation>Nichts wird gespeichert, daher gibt es keine Benachrichtigungen.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::NotificationReader</name>
    <message>
        <location filename="../ui/pages/notifications/NotificationReader.cpp" line="77" />
        <source>Could not read the notifications: %1</source>
        <translation>Die Benachrichtigungen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>sluice::ui::NotificationStatsView</name>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="49" />
        <source>Notifications by day and type</source>
        <translation>Benachrichtigungen nach Tag und Art</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="50" />
        <source>Delivery by channel</source>
        <translation>Zustellung nach Kanal</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="57" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="57" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="57" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="57" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="57" />
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="57" />
        <source>Circuit</source>
        <translation>Schutzschalter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="62" />
        <source>Delivery by channel, last %n day(s)</source>
        <translation>
            <numerusform>Zustellung nach Kanal, letzter Tag</numerusform>
            <numerusform>Zustellung nach Kanal, letzte %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="64" />
        <source>Notifications by day and type, last %n day(s)</source>
        <translation>
            <numerusform>Benachrichtigungen nach Tag und Art, letzter Tag</numerusform>
            <numerusform>Benachrichtigungen nach Tag und Art, letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="80" />
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="84" />
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="113" />
        <source>Delivery is not running: it needs a database that this console writes. Spilled to the database because the queue was full: %1.</source>
        <translation>Die Zustellung läuft nicht: Sie braucht eine Datenbank, in die diese Konsole schreibt. Wegen voller Warteschlange in die Datenbank ausgelagert: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="117" />
        <source>Queue: %1 of %2 · produced %3, accepted %4 · spilled to the database because the queue was full: %5 since the start (%6 waiting), %7 in the database</source>
        <translation>Warteschlange: %1 von %2 · erzeugt %3, angenommen %4 · wegen voller Warteschlange in die Datenbank ausgelagert: %5 seit dem Start (%6 wartend), %7 in der Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="149" />
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationStatsView.cpp" line="153" />
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>sluice::ui::NotificationTableModel</name>
    <message>
        <location filename="../ui/pages/notifications/NotificationTableModel.cpp" line="61" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationTableModel.cpp" line="81" />
        <source>%1 (acknowledged)</source>
        <translation>%1 (bestätigt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationTableModel.cpp" line="99" />
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationTableModel.cpp" line="108" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationTableModel.cpp" line="110" />
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationTableModel.cpp" line="112" />
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationTableModel.cpp" line="114" />
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
</context>
<context>
    <name>sluice::ui::NotificationText</name>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="64" />
        <source>Tier change</source>
        <translation>Stufenwechsel</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="66" />
        <source>Violation</source>
        <translation>Verstoß</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="68" />
        <source>VIP assigned</source>
        <translation>VIP zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="70" />
        <source>VIP expiring</source>
        <translation>VIP läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="72" />
        <source>VIP expired</source>
        <translation>VIP abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="74" />
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="76" />
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="78" />
        <source>Low reputation</source>
        <translation>Niedriger Ruf</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="80" />
        <source>Anomaly alert</source>
        <translation>Anomaliealarm</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="82" />
        <source>Throttle change</source>
        <translation>Drosselungswechsel</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="84" />
        <source>Daily digest</source>
        <translation>Tägliche Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="86" />
        <source>Test message</source>
        <translation>Testnachricht</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="88" />
        <source>Operations report</source>
        <translation>Betriebsbericht</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="128" />
        <source>In-app</source>
        <translation>In der App</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="130" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="132" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="134" />
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="148" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="151" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="154" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="163" />
        <source>Closed (sending)</source>
        <translation>Geschlossen (sendet)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="165" />
        <source>Open (paused after repeated failures)</source>
        <translation>Offen (Pause nach wiederholten Fehlschlägen)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="167" />
        <source>Half-open (one trial delivery)</source>
        <translation>Halb offen (eine Probezustellung)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="176" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="178" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="180" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="188" />
        <source>Ops team</source>
        <translation>Ops-Team</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationText.cpp" line="190" />
        <source>Owner of key %1</source>
        <translation>Inhaber des Schlüssels %1</translation>
    </message>
</context>
<context>
    <name>sluice::ui::NotificationsPage</name>
    <message>
        <location filename="../ui/pages/notifications/NotificationContacts.cpp" line="57" />
        <source>Import key owners' contacts</source>
        <translation>Kontakte der Schlüsselinhaber importieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationContacts.cpp" line="63" />
        <source>Export key owners' contacts</source>
        <translation>Kontakte der Schlüsselinhaber exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationContacts.cpp" line="70" />
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationContacts.cpp" line="83" />
        <source>%1 was not imported; nothing changed:
%2</source>
        <translation>%1 wurde nicht importiert; nichts wurde geändert:
%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationContacts.cpp" line="87" />
        <source>%1 was not imported (%n problem(s)); nothing changed:
%2</source>
        <translation>
            <numerusform>%1 wurde nicht importiert (%n Problem); nichts wurde geändert:
%2</numerusform>
            <numerusform>%1 wurde nicht importiert (%n Probleme); nichts wurde geändert:
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationContacts.cpp" line="94" />
        <source>Imported %n contact(s) from %1.</source>
        <translation>
            <numerusform>%n Kontakt aus %1 importiert.</numerusform>
            <numerusform>%n Kontakte aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationContacts.cpp" line="100" />
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationContacts.cpp" line="107" />
        <source>Nothing is persisted, so there are no contacts.</source>
        <translation>Nichts wird gespeichert, daher gibt es keine Kontakte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationContacts.cpp" line="120" />
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n Kontakt nach %1 exportiert.</numerusform>
            <numerusform>%n Kontakte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationContacts.cpp" line="121" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="75" />
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="313" />
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="91" />
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="431" />
        <source>Preferences, contact and notifications of the ops team or of a key's owner</source>
        <translation>Vorlieben, Kontakt und Benachrichtigungen des Ops-Teams oder eines Schlüsselinhabers</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="92" />
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="432" />
        <source>Email, webhook and SMS settings, their secrets, and test messages</source>
        <translation>Einstellungen für E-Mail, Webhook und SMS, ihre Geheimnisse und Testnachrichten</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="93" />
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="433" />
        <source>Delete notifications older than a number of days</source>
        <translation>Benachrichtigungen löschen, die älter als eine Anzahl Tage sind</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="94" />
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="437" />
        <source>Mark every notification read (only the chosen recipient's when one is chosen)</source>
        <translation>Alle Benachrichtigungen als gelesen markieren (nur die des gewählten Empfängers, wenn einer gewählt ist)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="101" />
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="435" />
        <source>Read key owners' contacts from a CSV file (key,email,phone,webhook); all or none</source>
        <translation>Kontakte der Schlüsselinhaber aus einer CSV-Datei lesen (key,email,phone,webhook); alle oder keiner</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="107" />
        <source>Mark notification %1 read</source>
        <translation>Benachrichtigung %1 als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="110" />
        <source>Notification %1 marked read.</source>
        <translation>Benachrichtigung %1 als gelesen markiert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="116" />
        <source>Every notification marked read.</source>
        <translation>Alle Benachrichtigungen als gelesen markiert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="117" />
        <source>Every notification for %1 marked read.</source>
        <translation>Alle Benachrichtigungen für %1 als gelesen markiert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="122" />
        <source>Acknowledge notification %1</source>
        <translation>Benachrichtigung %1 bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="125" />
        <source>Notification %1 acknowledged.</source>
        <translation>Benachrichtigung %1 bestätigt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="131" />
        <source>Notification %1 deleted.</source>
        <translation>Benachrichtigung %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="138" />
        <source>Asked to retry the %1 delivery of notification %2.</source>
        <translation>Die Zustellung per %1 von Benachrichtigung %2 wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="150" />
        <source>The engine refused: %1</source>
        <translation>Die Engine hat abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="157" />
        <source>The secrets were stored in the keychain.</source>
        <translation>Die Geheimnisse wurden im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="158" />
        <source>The secrets were not stored: %1</source>
        <translation>Die Geheimnisse wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="199" />
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="201" />
        <source>&amp;Statistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="213" />
        <source>&amp;Recipient…</source>
        <translation>&amp;Empfänger…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="215" />
        <source>C&amp;hannels…</source>
        <translation>&amp;Kanäle…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="217" />
        <source>Clea&amp;n up…</source>
        <translation>&amp;Bereinigen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="219" />
        <source>Import contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="221" />
        <source>Export contacts…</source>
        <translation>Kontakte exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="223" />
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="416" />
        <source>Write every key owner's contact to a CSV file</source>
        <translation>Den Kontakt jedes Schlüsselinhabers in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="252" />
        <source>Type filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="253" />
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="262" />
        <source>Recipient filter</source>
        <translation>Empfängerfilter</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="263" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="266" />
        <source>Time filter</source>
        <translation>Zeitfilter</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="268" />
        <source>&amp;Unread only</source>
        <translation>Nur &amp;ungelesene</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="313" />
        <source>%Ln notification(s)</source>
        <translation>
            <numerusform>%Ln Benachrichtigung</numerusform>
            <numerusform>%Ln Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="314" />
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="332" />
        <source>&amp;Mark read</source>
        <translation>Als gelesen &amp;markieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="334" />
        <source>Mark &amp;all read</source>
        <translation>&amp;Alle als gelesen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="336" />
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="338" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="408" />
        <source>The filters choose among this console's notifications</source>
        <translation>Die Filter wählen unter den Meldungen dieser Konsole</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="415" />
        <source>The contacts are this console's: choose This console in the toolbar</source>
        <translation>Die Kontakte sind die dieser Konsole: Wählen Sie „Diese Konsole“ in der Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="425" />
        <source>This acts on this console's engine: choose This console in the toolbar</source>
        <translation>Das wirkt auf die Engine dieser Konsole: Wählen Sie „Diese Konsole“ in der Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="478" />
        <source>The fleet has not answered: see the Fleet page.</source>
        <translation>Die Flotte hat nicht geantwortet: siehe Seite Flotte.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="480" />
        <source>No engine of the fleet is heard of.</source>
        <translation>Von keiner Engine der Flotte ist etwas zu hören.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="481" />
        <source>%1 is not heard of.</source>
        <translation>Von %1 ist nichts zu hören.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="484" />
        <source>%Ln unread notification(s) for the ops team across the fleet</source>
        <translation>
            <numerusform>%Ln ungelesene Meldung für das Ops-Team in der ganzen Flotte</numerusform>
            <numerusform>%Ln ungelesene Meldungen für das Ops-Team in der ganzen Flotte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="485" />
        <source>%Ln unread notification(s) for the ops team on %1</source>
        <translation>
            <numerusform>%Ln ungelesene Meldung für das Ops-Team auf %1</numerusform>
            <numerusform>%Ln ungelesene Meldungen für das Ops-Team auf %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="488" />
        <source>No engine of the fleet has notifications for the ops team.</source>
        <translation>Keine Engine der Flotte hat Meldungen für das Ops-Team.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="489" />
        <source>%1 has no notifications for the ops team.</source>
        <translation>%1 hat keine Meldungen für das Ops-Team.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="558" />
        <source>No notifications yet.

Tier changes, violations, VIP assignments, anomaly alerts and throttle changes notify the ops team and, where a key has a contact, its owner.</source>
        <translation>Noch keine Benachrichtigungen.

Stufenwechsel, Verstöße, VIP-Zuweisungen, Anomaliealarme und Drosselungswechsel benachrichtigen das Ops-Team und, wenn ein Schlüssel einen Kontakt hat, seinen Inhaber.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="561" />
        <source>No notifications match these filters.</source>
        <translation>Keine Benachrichtigungen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="564" />
        <source>Showing %1 of %2 notifications</source>
        <translation>%1 von %2 Benachrichtigungen angezeigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="442" />
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="612" />
        <source>%Ln unread notification(s)</source>
        <translation>
            <numerusform>%Ln ungelesene Benachrichtigung</numerusform>
            <numerusform>%Ln ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="617" />
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n ungelesene Benachrichtigung</numerusform>
            <numerusform>%n ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="647" />
        <source>Mark the chosen notification read</source>
        <translation>Die gewählte Benachrichtigung als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="633" />
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="647" />
        <source>Choose an unread notification</source>
        <translation>Wählen Sie eine ungelesene Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="648" />
        <source>Say that you have seen to it</source>
        <translation>Sagen, dass Sie sich darum gekümmert haben</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="636" />
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="649" />
        <source>Choose a notification nobody acknowledged yet</source>
        <translation>Wählen Sie eine noch nicht bestätigte Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="491" />
        <source>The newest notifications of each engine's inbox for the ops team. Mark read and Acknowledge ask its engine through the fleet; each engine delivers its own.</source>
        <translation>Die neuesten Meldungen im Posteingang des Ops-Teams jeder Engine. „Als gelesen markieren“ und „Bestätigen“ bitten ihre Engine über die Flotte darum; jede Engine stellt ihre eigenen zu.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="632" />
        <source>Ask %1 to mark the notification read</source>
        <translation>%1 bitten, die Benachrichtigung als gelesen zu markieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="635" />
        <source>Ask %1 to mark the notification acknowledged</source>
        <translation>%1 bitten, die Benachrichtigung als bestätigt zu markieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="637" />
        <source>A notification is deleted, and its deliveries retried, on its own engine</source>
        <translation>Eine Benachrichtigung wird auf ihrer eigenen Engine gelöscht und ihre Zustellungen dort wiederholt</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="650" />
        <source>Delete the chosen notification and its deliveries</source>
        <translation>Die gewählte Benachrichtigung und ihre Zustellungen löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="651" />
        <source>Choose a notification to delete</source>
        <translation>Wählen Sie eine Benachrichtigung zum Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="655" />
        <source>Try the %1 delivery again now, whatever its backoff</source>
        <translation>Die Zustellung per %1 jetzt erneut versuchen, unabhängig von ihrer Wartezeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="656" />
        <source>Choose a pending or failed delivery by email, SMS or webhook</source>
        <translation>Wählen Sie eine ausstehende oder fehlgeschlagene Zustellung per E-Mail, SMS oder Webhook</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="697" />
        <source>Recipient saved.</source>
        <translation>Empfänger gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="722" />
        <source>Channel settings saved.</source>
        <translation>Kanaleinstellungen gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/NotificationsPage.cpp" line="739" />
        <source>Notifications older than %n day(s) deleted.</source>
        <translation>
            <numerusform>Benachrichtigungen älter als %n Tag gelöscht.</numerusform>
            <numerusform>Benachrichtigungen älter als %n Tage gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="38" />
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="38" />
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="39" />
        <source>Active keys</source>
        <translation>Aktive Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="39" />
        <source>Flagged keys</source>
        <translation>Markierte Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="40" />
        <source>Trusted keys</source>
        <translation>Vertrauenswürdige</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="40" />
        <source>VIP assignments</source>
        <translation>VIP-Zuweisungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="65" />
        <source>Most denied keys</source>
        <translation>Am häufigsten abgelehnte Schlüssel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="65" />
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln Schlüssel</numerusform>
            <numerusform>%Ln Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="66" />
        <source>most denied first</source>
        <translation>meiste Ablehnungen zuerst</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="148" />
        <source>Most denied keys since first seen</source>
        <translation>Am häufigsten abgelehnt, insgesamt</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="154" />
        <source>last 5 minutes</source>
        <translation>letzte 5 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="156" />
        <source>Requests per second across the fleet, %1</source>
        <translation>Anfragen pro Sekunde der ganzen Flotte, %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="157" />
        <source>Denials by reputation tier across the fleet, %1</source>
        <translation>Ablehnungen nach Rufstufe der ganzen Flotte, %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="158" />
        <source>Most denied keys across the fleet since first seen</source>
        <translation>Am häufigsten abgelehnt, ganze Flotte</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="160" />
        <source>Requests per second on %1, %2</source>
        <translation>Anfragen pro Sekunde auf %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="161" />
        <source>Denials by reputation tier on %1, %2</source>
        <translation>Ablehnungen nach Rufstufe auf %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="162" />
        <source>Most denied keys on %1 since first seen</source>
        <translation>Am häufigsten abgelehnt auf %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="75" />
        <source>Denied requests of each key since it became active. A key that stays idle is forgotten and counts from zero when it returns.</source>
        <translation>Abgelehnte Anfragen jedes Schlüssels, seit er aktiv wurde. Ein Schlüssel, der inaktiv bleibt, wird vergessen und zählt bei seiner Rückkehr wieder ab null.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="146" />
        <source>Requests per second, %1</source>
        <translation>Anfragen pro Sekunde, %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/OverviewPage.cpp" line="147" />
        <source>Denials by reputation tier, %1</source>
        <translation>Ablehnungen nach Rufstufe, %1</translation>
    </message>
</context>
<context>
    <name>sluice::ui::PeriodChoices</name>
    <message>
        <location filename="../ui/widgets/PageParts.cpp" line="122" />
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PageParts.cpp" line="123" />
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PageParts.cpp" line="124" />
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PageParts.cpp" line="125" />
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PageParts.cpp" line="126" />
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
</context>
<context>
    <name>sluice::ui::PolicyTable</name>
    <message>
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="20" />
        <source>Configuration B: limits per route</source>
        <translation>Konfiguration B: Limits je Route</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="21" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="21" />
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="74" />
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="21" />
        <source>Period (s)</source>
        <translation>Zeitraum (s)</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="21" />
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="81" />
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="53" />
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="56" />
        <source>The default policy: every route without one of its own.</source>
        <translation>Die Standardrichtlinie: jede Route ohne eigene.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="78" />
        <source>Period in seconds</source>
        <translation>Zeitraum in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="125" />
        <source>Row %1: the route is empty.</source>
        <translation>Zeile %1: Die Route ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="129" />
        <source>Row %1: the route %2 is listed twice.</source>
        <translation>Zeile %1: Die Route %2 steht doppelt in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="161" />
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/PolicyTable.cpp" line="162" />
        <source>A has no policy for this route</source>
        <translation>A hat für diese Route keine Richtlinie</translation>
    </message>
</context>
<context>
    <name>sluice::ui::RecipientDialog</name>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="41" />
        <source>Notification recipient</source>
        <translation>Benachrichtigungsempfänger</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="44" />
        <source>“ops” for the ops team, or a key for its owner</source>
        <translation>„ops“ für das Ops-Team oder ein Schlüssel für seinen Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="48" />
        <source>&amp;Recipient</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="51" />
        <source>&amp;Show in inbox</source>
        <translation>Im &amp;Posteingang zeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="53" />
        <source>Reset to &amp;defaults</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="55" />
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="214" />
        <source>Delete their notifications…</source>
        <translation>Seine Benachrichtigungen löschen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="92" />
        <source>Click again to delete %n notification(s)</source>
        <translation>
            <numerusform>Erneut klicken, um %n Benachrichtigung zu löschen</numerusform>
            <numerusform>Erneut klicken, um %n Benachrichtigungen zu löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="105" />
        <source>Preferences</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="106" />
        <source>Tier changes (flagged, standard, trusted)</source>
        <translation>Stufenwechsel (markiert, standard, vertrauenswürdig)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="107" />
        <source>Violations and low reputation</source>
        <translation>Verstöße und niedriger Ruf</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="108" />
        <source>VIP assigned, expiring and expired</source>
        <translation>VIP zugewiesen, läuft ab und abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="109" />
        <source>A notice for each violation (at most one per key per window)</source>
        <translation>Ein Hinweis je Verstoß (höchstens einer je Schlüssel und Fenster)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="110" />
        <source>Tier changes caused by decay alone</source>
        <translation>Stufenwechsel allein durch Abklingen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="111" />
        <source>One daily digest on external channels</source>
        <translation>Eine tägliche Zusammenfassung auf externen Kanälen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="112" />
        <source>&amp;Quiet hours (UTC)</source>
        <translation>&amp;Ruhezeiten (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="121" />
        <source>Email, SMS and webhook deliveries wait until the quiet hours end; the inbox gets them at once</source>
        <translation>Zustellungen per E-Mail, SMS und Webhook warten bis zum Ende der Ruhezeit; der Posteingang erhält sie sofort</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="129" />
        <source>The inbox: always available</source>
        <translation>Der Posteingang: immer verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="133" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="145" />
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="153" />
        <source>Contact of the key's owner</source>
        <translation>Kontakt des Schlüsselinhabers</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="164" />
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="165" />
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="166" />
        <source>&amp;Webhook URL</source>
        <translation>&amp;Webhook-URL</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="181" />
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="210" />
        <source>The ops team is reached through the channels' own settings</source>
        <translation>Das Ops-Team wird über die Einstellungen der Kanäle erreicht</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="216" />
        <source>own preferences</source>
        <translation>eigene Vorlieben</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="216" />
        <source>default preferences</source>
        <translation>Standardvorlieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/notifications/RecipientDialog.cpp" line="218" />
        <source>%1: %Ln notification(s), %2 unread; %3</source>
        <translation>
            <numerusform>%1: %Ln Benachrichtigung, %2 ungelesen; %3</numerusform>
            <numerusform>%1: %Ln Benachrichtigungen, %2 ungelesen; %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::RejectedLinesModel</name>
    <message>
        <location filename="../ui/pages/sources/RejectedLinesModel.cpp" line="51" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/RejectedLinesModel.cpp" line="53" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/RejectedLinesModel.cpp" line="55" />
        <source>Start of the line</source>
        <translation>Zeilenanfang</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ReplayDialog</name>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="31" />
        <source>As &amp;fast as possible</source>
        <translation>So &amp;schnell wie möglich</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="32" />
        <source>At the log's own &amp;timing, times</source>
        <translation>Im &amp;Takt des Protokolls, mal</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="34" />
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="34" />
        <source>&amp;Cancel replay</source>
        <translation>Abspielen a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="35" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="38" />
        <source>Replay a log</source>
        <translation>Protokoll abspielen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="57" />
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="58" />
        <source>Speed factor</source>
        <translation>Tempofaktor</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="66" />
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="69" />
        <source>The replay runs in an engine of its own: the live engine and its history are not touched.</source>
        <translation>Das Abspielen läuft in einer eigenen Engine: Die laufende Engine und ihr Verlauf bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="76" />
        <source>Replay report</source>
        <translation>Abspielbericht</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="114" />
        <source>Replaying…</source>
        <translation>Wird abgespielt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="128" />
        <source>Replaying… %1 lines read, %2 rejected</source>
        <translation>Wird abgespielt… %1 Zeilen gelesen, %2 abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="137" />
        <source>The replay failed: %1</source>
        <translation>Das Abspielen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="149" />
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="150" />
        <source>Cancelled; the report covers the lines read.</source>
        <translation>Abgebrochen; der Bericht umfasst die gelesenen Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ReplayDialog.cpp" line="152" />
        <source>%1 lines read, %2 parsed, %3 rejected; %4 requests allowed, %5 denied.</source>
        <translation>%1 Zeilen gelesen, %2 verstanden, %3 abgelehnt; %4 Anfragen erlaubt, %5 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ReportSchedule</name>
    <message>
        <location filename="../ui/report/ReportSchedule.cpp" line="96" />
        <source>'%1' is no channel a report goes to: email, sms or webhook</source>
        <translation>„%1“ ist kein Kanal für Berichte: email, sms oder webhook</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ReportsPage</name>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="54" />
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="95" />
        <source>A read-only console writes the daily report but tells nobody of it.</source>
        <translation>Eine schreibgeschützte Konsole schreibt den Tagesbericht, gibt aber niemandem Bescheid.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="112" />
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="113" />
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="114" />
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="115" />
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="116" />
        <source>Custom</source>
        <translation>Eigener</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="124" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="126" />
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="128" />
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="130" />
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="167" />
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="168" />
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="169" />
        <source>CSV files (one per table)</source>
        <translation>CSV-Dateien (eine je Tabelle)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="170" />
        <source>JSON data</source>
        <translation>JSON-Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="171" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="173" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="182" />
        <source>E&amp;xport as:</source>
        <translation>E&amp;xportieren als:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="227" />
        <source>This console keeps no database, so there is nothing to report.</source>
        <translation>Diese Konsole führt keine Datenbank, daher gibt es nichts zu berichten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="231" />
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="234" />
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="278" />
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ReportsPage.cpp" line="293" />
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/report/DailyReport.cpp" line="155" />
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; keine Datei wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/DailyReport.cpp" line="162" />
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/DailyReport.cpp" line="167" />
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/report/DailyReport.cpp" line="122" />
        <source>Last daily report: %1</source>
        <translation>Letzter Tagesbericht: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/DailyReport.cpp" line="75" />
        <source>Choose a folder for the daily report.</source>
        <translation>Wählen Sie einen Ordner für den Tagesbericht.</translation>
    </message>
    <message>
        <location filename="../ui/report/DailyReport.cpp" line="80" />
        <source>Next report: %1</source>
        <translation>Nächster Bericht: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/DailyReport.cpp" line="72" />
        <source>Writing the daily report…</source>
        <translation>Tagesbericht wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ReputationPage</name>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="78" />
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="78" />
        <source>VIP assignments</source>
        <translation>VIP-Zuweisungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="85" />
        <source>Reputation</source>
        <translation>Ruf</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="97" />
        <source>Idle keys whose reputation is kept while they are away</source>
        <translation>Inaktive Schlüssel, deren Ruf bis zur Rückkehr erhalten bleibt</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="156" />
        <source>Search keys…</source>
        <translation>Schlüssel suchen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="157" />
        <source>Search keys</source>
        <translation>Schlüssel suchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="160" />
        <source>Tier filter</source>
        <translation>Stufenfilter</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="161" />
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="193" />
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="193" />
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln Schlüssel</numerusform>
            <numerusform>%Ln Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="234" />
        <source>Tiles and histogram: the whole fleet. The table lists this console's own keys.</source>
        <translation>Kacheln und Histogramm: die ganze Flotte. Die Tabelle listet die eigenen Schlüssel dieser Konsole.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="236" />
        <source>Tiles and histogram: %1. The table lists this console's own keys.</source>
        <translation>Kacheln und Histogramm: %1. Die Tabelle listet die eigenen Schlüssel dieser Konsole.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="352" />
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ReputationPage.cpp" line="353" />
        <source>Matching: %1</source>
        <translation>Treffer: %1</translation>
    </message>
</context>
<context>
    <name>sluice::ui::RoutePicker</name>
    <message>
        <location filename="../ui/pages/vip/RoutePicker.cpp" line="32" />
        <source>%1 (used by the key)</source>
        <translation>%1 (vom Schlüssel genutzt)</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ScheduleBox</name>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="17" />
        <source>Daily report</source>
        <translation>Tagesbericht</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="19" />
        <source>&amp;Write the previous day's report every day</source>
        <translation>Jeden Tag den Bericht des &amp;Vortags schreiben</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="26" />
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="27" />
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="37" />
        <source>Sends each daily report to the ops team's email recipients, with its files attached.</source>
        <translation>Schickt jeden Tagesbericht mit seinen Dateien im Anhang an die E-Mail-Empfänger des Ops-Teams.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="40" />
        <source>Tells the ops team's phone numbers that the report is written, with its key figures.</source>
        <translation>Teilt den Telefonnummern des Ops-Teams mit, dass der Bericht geschrieben ist, mit seinen Kennzahlen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="35" />
        <source>Emai&amp;l (attached)</source>
        <translation>E-Mai&amp;l (Anhang)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="38" />
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="41" />
        <source>We&amp;bhook</source>
        <translation>We&amp;bhook</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="43" />
        <source>Posts the report's key figures and file names to the ops webhook.</source>
        <translation>Sendet die Kennzahlen und Dateinamen des Berichts an den Ops-Webhook.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="44" />
        <source>Write &amp;now</source>
        <translation>&amp;Jetzt schreiben</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="46" />
        <source>Writes the previous day's report into the folder now.</source>
        <translation>Schreibt den Bericht des Vortags jetzt in den Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="51" />
        <source>&amp;At:</source>
        <translation>&amp;Um:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="53" />
        <source>&amp;Into:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="70" />
        <source>Also to:</source>
        <translation>Auch an:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports/ScheduleBox.cpp" line="132" />
        <source>Folder for the daily report</source>
        <translation>Ordner für den Tagesbericht</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ScoreHistogram</name>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="35" />
        <source>Score histogram</source>
        <translation>Histogramm der Punktzahlen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="115" />
        <source>Flagged (below %1)</source>
        <translation>Markiert (unter %1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="115" />
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="126" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="116" />
        <source>Trusted (above %1)</source>
        <translation>Vertrauenswürdig (über %1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="126" />
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="126" />
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="62" />
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="64" />
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="166" />
        <source>Scores of %Ln active key(s): %1 flagged, %2 standard, %3 trusted.</source>
        <translation>
            <numerusform>Punktzahl von %Ln aktivem Schlüssel: %1 markiert, %2 Standard, %3 vertrauenswürdig.</numerusform>
            <numerusform>Punktzahlen von %Ln aktiven Schlüsseln: %1 markiert, %2 Standard, %3 vertrauenswürdig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistogram.cpp" line="186" />
        <source>Score %1–%2: %3 keys (%4)</source>
        <translation>Punktzahl %1–%2: %3 Schlüssel (%4)</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ScoreHistoryChart</name>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistoryChart.cpp" line="47" />
        <source>Score history</source>
        <translation>Punktzahlverlauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistoryChart.cpp" line="64" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistoryChart.cpp" line="68" />
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistoryChart.cpp" line="199" />
        <source>%1
Score: %2</source>
        <translation>%1
Punktzahl: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistoryChart.cpp" line="201" />
        <source>%1
Score: %2 → %3</source>
        <translation>%1
Punktzahl: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/reputation/ScoreHistoryChart.cpp" line="214" />
        <source>Score now %1 (%2); no violations or tier changes recorded.</source>
        <translation>Punktzahl jetzt %1 (%2); keine Verstöße oder Stufenwechsel erfasst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reputation/ScoreHistoryChart.cpp" line="221" />
        <source>Score now %1 (%2), lowest %3; %Ln recorded event(s) since %4.</source>
        <translation>
            <numerusform>Punktzahl jetzt %1 (%2), niedrigste %3; %Ln erfasstes Ereignis seit %4.</numerusform>
            <numerusform>Punktzahl jetzt %1 (%2), niedrigste %3; %Ln erfasste Ereignisse seit %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::SecretField</name>
    <message>
        <location filename="../ui/pages/notifications/SecretField.cpp" line="11" />
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/SecretField.cpp" line="17" />
        <source>Remove the stored secret from the keychain</source>
        <translation>Das gespeicherte Geheimnis aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/SecretField.cpp" line="36" />
        <source>Cannot be stored without a keychain</source>
        <translation>Ohne Schlüsselbund nicht speicherbar</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/SecretField.cpp" line="38" />
        <source>Stored in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen eingeben</translation>
    </message>
    <message>
        <location filename="../ui/pages/notifications/SecretField.cpp" line="39" />
        <source>Not stored; type to store in the keychain</source>
        <translation>Nicht gespeichert; zum Speichern im Schlüsselbund eingeben</translation>
    </message>
</context>
<context>
    <name>sluice::ui::SecretStore</name>
    <message>
        <location filename="../ui/secrets/SecretStore.cpp" line="48" />
        <source>The keychain did not give back what was written.</source>
        <translation>Der Schlüsselbund hat nicht zurückgegeben, was geschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretStore.cpp" line="120" />
        <source>The keychain is still being checked; try again in a moment.</source>
        <translation>Der Schlüsselbund wird noch geprüft; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretStore.cpp" line="122" />
        <source>No keychain is available, so the secrets cannot be stored: %1</source>
        <translation>Kein Schlüsselbund verfügbar, daher können die Geheimnisse nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretStore.cpp" line="124" />
        <source>The keychain is still storing the previous secrets.</source>
        <translation>Der Schlüsselbund speichert noch die vorherigen Geheimnisse.</translation>
    </message>
    <message>
        <location filename="../ui/secrets/SecretStore.cpp" line="161" />
        <source>The keychain did not store the secrets: %1</source>
        <translation>Der Schlüsselbund hat die Geheimnisse nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>sluice::ui::SettingsTable</name>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="22" />
        <source>Flagged keys: limit ×</source>
        <translation>Markierte Schlüssel: Limit ×</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="30" />
        <source>Standard keys: limit ×</source>
        <translation>Standard-Schlüssel: Limit ×</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="38" />
        <source>Trusted keys: limit ×</source>
        <translation>Vertrauenswürdige Schlüssel: Limit ×</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="46" />
        <source>Points lost per violation severity</source>
        <translation>Punktabzug je Schweregrad eines Verstoßes</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="54" />
        <source>Flagged below score</source>
        <translation>Markiert unter Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="62" />
        <source>Trusted above score</source>
        <translation>Vertrauenswürdig über Wert</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="70" />
        <source>Clean requests per point gained</source>
        <translation>Saubere Anfragen je gewonnenem Punkt</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="78" />
        <source>Throttle Low from CPU %</source>
        <translation>Drosselung Niedrig ab CPU %</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="86" />
        <source>Throttle Medium from CPU %</source>
        <translation>Drosselung Mittel ab CPU %</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="94" />
        <source>Throttle High from CPU %</source>
        <translation>Drosselung Hoch ab CPU %</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="102" />
        <source>Throttle Critical from CPU %</source>
        <translation>Drosselung Kritisch ab CPU %</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="110" />
        <source>Throttle cooldown (s)</source>
        <translation>Abklingzeit der Drosselung (s)</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="118" />
        <source>Throttle hysteresis %</source>
        <translation>Hysterese der Drosselung %</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="126" />
        <source>Anomaly alert at confidence</source>
        <translation>Anomaliealarm ab Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="134" />
        <source>Anomaly response: points taken</source>
        <translation>Anomaliereaktion: abgezogene Punkte</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="142" />
        <source>Anomaly response: throttle for (min)</source>
        <translation>Anomaliereaktion: Drosselung für (min)</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="154" />
        <source>Sensitivity: %1</source>
        <translation>Empfindlichkeit: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="170" />
        <source>Flag %1: rollout %</source>
        <translation>Flag %1: Rollout %</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="185" />
        <source>VIP tier %1: limit ×</source>
        <translation>VIP-Stufe %1: Limit ×</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="196" />
        <source>Configuration B: reputation, throttle, anomalies and flags</source>
        <translation>Konfiguration B: Reputation, Drosselung, Anomalien und Flags</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="197" />
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="197" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/SettingsTable.cpp" line="336" />
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
</context>
<context>
    <name>sluice::ui::SimulationPaceLabel</name>
    <message>
        <location filename="../ui/widgets/SimulationPaceLabel.cpp" line="51" />
        <source>Running at ×%1: the machine cannot keep up</source>
        <translation>Läuft mit ×%1: der Rechner kommt nicht mit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SimulationPaceLabel.cpp" line="52" />
        <source>The simulation runs at ×%1 of the chosen ×%2; its clock is %3 s behind. Choose a lower speed to run in step.</source>
        <translation>Die Simulation läuft mit ×%1 statt der gewählten ×%2; ihre Uhr liegt %3 s zurück. Wählen Sie ein niedrigeres Tempo, um Schritt zu halten.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::SourceTableModel</name>
    <message>
        <location filename="../ui/pages/sources/SourceTableModel.cpp" line="38" />
        <source>Nothing chosen yet</source>
        <translation>Noch nichts gewählt</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceTableModel.cpp" line="49" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceTableModel.cpp" line="76" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceTableModel.cpp" line="78" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceTableModel.cpp" line="80" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceTableModel.cpp" line="82" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceTableModel.cpp" line="84" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceTableModel.cpp" line="86" />
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceTableModel.cpp" line="88" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>sluice::ui::SourcesPage</name>
    <message>
        <location filename="../ui/pages/sources/ApiTokenList.cpp" line="54" />
        <source>The token table has no names.</source>
        <translation>Die Token-Tabelle hat keine Namen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="37" />
        <source>&amp;Add log file…</source>
        <translation>Protokoll&amp;datei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="37" />
        <source>Re&amp;play a log…</source>
        <translation>Protokoll &amp;abspielen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="38" />
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="192" />
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="38" />
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="56" />
        <source>Traffic sources</source>
        <translation>Verkehrsquellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="57" />
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="68" />
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="195" />
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="204" />
        <source>Rejected lines</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="68" />
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="69" />
        <source>in file order</source>
        <translation>in Dateireihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="80" />
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="192" />
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="116" />
        <source>The console is read-only: sources cannot be added, paused or removed here.</source>
        <translation>Die Konsole ist schreibgeschützt: Quellen können hier nicht hinzugefügt, pausiert oder entfernt werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="122" />
        <source>The console is read-only: it answers no checks; the server that writes the database does.</source>
        <translation>Die Konsole ist schreibgeschützt: Sie beantwortet keine Prüfungen; das tut der Server, der die Datenbank schreibt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="125" />
        <source>Replay a log file in an engine of its own and open its report; the live engine is not touched</source>
        <translation>Ein Protokoll in einer eigenen Engine abspielen und den Bericht öffnen; die laufende Engine bleibt unberührt</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="128" />
        <source>Follow or read an access log as another source of traffic</source>
        <translation>Ein Zugriffsprotokoll als weitere Verkehrsquelle verfolgen oder lesen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="196" />
        <source>Select a source to see the lines it could not read.</source>
        <translation>Wählen Sie eine Quelle, um die Zeilen zu sehen, die sie nicht lesen konnte.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="216" />
        <source>Every line read so far was understood.</source>
        <translation>Jede bisher gelesene Zeile wurde verstanden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="217" />
        <source>Nothing rejected.</source>
        <translation>Nichts abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="220" />
        <source>%1 rejected; the first %2 are kept.</source>
        <translation>%1 abgelehnt; die ersten %2 werden aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/sources/SourcesPage.cpp" line="222" />
        <source>%Ln rejected.</source>
        <translation>
            <numerusform>%Ln abgelehnt.</numerusform>
            <numerusform>%Ln abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceText.cpp" line="21" />
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceText.cpp" line="23" />
        <source>Followed log</source>
        <translation>Verfolgtes Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceText.cpp" line="25" />
        <source>Replayed log</source>
        <translation>Abgespieltes Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceText.cpp" line="27" />
        <source>HTTP listener</source>
        <translation>HTTP-Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceText.cpp" line="35" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceText.cpp" line="38" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceText.cpp" line="41" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceText.cpp" line="44" />
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceText.cpp" line="46" />
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceText.cpp" line="46" />
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceText.cpp" line="52" />
        <source>%1 lines/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/SourceText.cpp" line="52" />
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ThrottleLoadText.cpp" line="29" />
        <source>none (overrides only)</source>
        <translation>keine (nur manuelle Vorgaben)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ThrottleLoadText.cpp" line="31" />
        <source>this host</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ThrottleLoadText.cpp" line="31" />
        <source>this host (%1)</source>
        <translation>dieser Rechner (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ThrottleLoadText.cpp" line="33" />
        <source>Prometheus at %1</source>
        <translation>Prometheus unter %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ThrottleLoadText.cpp" line="35" />
        <source>the traffic itself</source>
        <translation>der Verkehr selbst</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ThrottleLoadText.cpp" line="35" />
        <source>the traffic itself (%1)</source>
        <translation>der Verkehr selbst (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ThrottleLoadText.cpp" line="37" />
        <source>the simulated backend</source>
        <translation>das simulierte Backend</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ThrottleLoadText.cpp" line="38" />
        <source>the simulated backend (%1)</source>
        <translation>das simulierte Backend (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ThrottleLoadText.cpp" line="47" />
        <source>Throttle load source: %1</source>
        <translation>Lastquelle der Drosselung: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ThrottleLoadText.cpp" line="51" />
        <source>Throttle load source: %1 · no sample yet</source>
        <translation>Lastquelle der Drosselung: %1 · noch keine Messung</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ThrottleLoadText.cpp" line="54" />
        <source>Throttle load source: %1 · CPU %2, memory %3, %4 in flight or queued at %5</source>
        <translation>Lastquelle der Drosselung: %1 · CPU %2, Speicher %3, %4 in Bearbeitung oder wartend um %5</translation>
    </message>
    <message>
        <location filename="../ui/pages/sources/ThrottleLoadText.cpp" line="59" />
        <source>Holding the level: %1</source>
        <translation>Stufe wird gehalten: %1</translation>
    </message>
</context>
<context>
    <name>sluice::ui::TableDescription</name>
    <message>
        <location filename="../ui/widgets/TableDescription.cpp" line="57" />
        <source>sorted by %1, ascending</source>
        <translation>sortiert nach %1, aufsteigend</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TableDescription.cpp" line="58" />
        <source>sorted by %1, descending</source>
        <translation>sortiert nach %1, absteigend</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TableDescription.cpp" line="70" />
        <source>%1, %2</source>
        <comment>row count, order</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ThrottleClearDialog</name>
    <message>
        <location filename="../ui/pages/throttle/ThrottleClearDialog.cpp" line="17" />
        <source>Optional: why, for the audit log</source>
        <translation>Optional: warum, für das Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleClearDialog.cpp" line="20" />
        <source>Clear the throttle override</source>
        <translation>Übersteuerung der Drosselung aufheben</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleClearDialog.cpp" line="23" />
        <source>The automatic controller takes the level back; the load now calls for %1 (×%2).</source>
        <translation>Die automatische Regelung übernimmt die Stufe wieder; die Last verlangt jetzt %1 (×%2).</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleClearDialog.cpp" line="31" />
        <source>C&amp;lear override</source>
        <translation>Übersteuerung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleClearDialog.cpp" line="33" />
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ThrottleHistoryModel</name>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="77" />
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="79" />
        <source>%1, ongoing</source>
        <translation>%1, läuft noch</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="83" />
        <source>Override by %1</source>
        <translation>Übersteuerung durch %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="85" />
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="85" />
        <source>Automatic (cleared by %1)</source>
        <translation>Automatisch (aufgehoben durch %1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="89" />
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="91" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="112" />
        <source>When the period began</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="127" />
        <source>Began</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="129" />
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="131" />
        <source>Lasted</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="133" />
        <source>Control</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="135" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="137" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="139" />
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleHistoryModel.cpp" line="141" />
        <source>In flight</source>
        <translation>In Bearbeitung</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ThrottleOverrideDialog</name>
    <message>
        <location filename="../ui/pages/throttle/ThrottleOverrideDialog.cpp" line="27" />
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleOverrideDialog.cpp" line="27" />
        <source>Until cleared</source>
        <translation>Bis zur Aufhebung</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleOverrideDialog.cpp" line="32" />
        <source>Override the throttle level</source>
        <translation>Drosselstufe übersteuern</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleOverrideDialog.cpp" line="42" />
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleOverrideDialog.cpp" line="26" />
        <source>Why, for the history and the other admins</source>
        <translation>Warum? Für den Verlauf und die anderen Admins</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleOverrideDialog.cpp" line="48" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleOverrideDialog.cpp" line="49" />
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleOverrideDialog.cpp" line="61" />
        <source>&amp;Level</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleOverrideDialog.cpp" line="62" />
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleOverrideDialog.cpp" line="63" />
        <source>Lasts</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleOverrideDialog.cpp" line="97" />
        <source>A reason is required: it is kept in the throttle history.</source>
        <translation>Eine Begründung ist erforderlich: Sie wird im Drosselverlauf gespeichert.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ThrottlePage</name>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="69" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="69" />
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="70" />
        <source>In flight or queued</source>
        <translation>In Bearbeitung/wartend</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="70" />
        <source>&amp;Override…</source>
        <translation>Ü&amp;bersteuern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="71" />
        <source>&amp;Clear override…</source>
        <translation>Übersteuerung &amp;aufheben…</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="108" />
        <source>Throttle periods</source>
        <translation>Drosselphasen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="108" />
        <source>%Ln period(s)</source>
        <translation>
            <numerusform>%Ln Phase</numerusform>
            <numerusform>%Ln Phasen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="109" />
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="143" />
        <source>The console is read-only: throttle overrides cannot be set or cleared here.</source>
        <translation>Die Konsole ist schreibgeschützt: Übersteuerungen der Drosselstufe können hier weder gesetzt noch aufgehoben werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="147" />
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="279" />
        <source>Impose a throttle level over the automatic controller</source>
        <translation>Drosselstufe abweichend vom automatischen Regler vorgeben</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="158" />
        <source>The engine refused: %1</source>
        <translation>Die Engine hat abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="183" />
        <source>Throttle level</source>
        <translation>Drosselstufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="277" />
        <source>The override acts on this console's engine: hold the fleet's throttle on the Fleet page</source>
        <translation>Die Übersteuerung wirkt auf die Engine dieser Konsole: Die Drosselung der Flotte halten Sie auf der Seite Flotte</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="287" />
        <source>last 5 minutes</source>
        <translation>letzte 5 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="289" />
        <source>Throttle level and load across the fleet, %1</source>
        <translation>Drosselstufe und Last der ganzen Flotte, %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="290" />
        <source>Throttle level and load on %1, %2</source>
        <translation>Drosselstufe und Last auf %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="295" />
        <source>Throttle level and load, %1</source>
        <translation>Drosselstufe und Last, %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="296" />
        <source>Throttle periods, %1</source>
        <translation>Drosselphasen, %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="297" />
        <source>Time in each level, %1</source>
        <translation>Zeit in jeder Stufe, %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="351" />
        <source>The fleet does not answer.</source>
        <translation>Die Flotte antwortet nicht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="352" />
        <source>No engine of the fleet is heard of.</source>
        <translation>Von keiner Engine der Flotte ist etwas zu hören.</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="353" />
        <source>This engine is not heard of.</source>
        <translation>Von dieser Engine ist nichts zu hören.</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="380" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="381" />
        <source>%1: %2 (override)</source>
        <translation>%1: %2 (Übersteuerung)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="388" />
        <source>; and %n more</source>
        <translation>
            <numerusform>; und %n weitere</numerusform>
            <numerusform>; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="391" />
        <source>%1 of %2 engines at this level. %3</source>
        <translation>%1 von %2 Engines auf dieser Stufe. %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="384" />
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="393" />
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="418" />
        <source>×%1 of every limit</source>
        <translation>×%1 jedes Limits</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="395" />
        <source>Automatic: set by the load on %1.</source>
        <translation>Automatisch: durch die Last auf %1 bestimmt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="396" />
        <source>Held by an override on %1.</source>
        <translation>Durch eine Übersteuerung auf %1 gehalten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="420" />
        <source>Automatic: set by the load since %1.</source>
        <translation>Automatisch: seit %1 durch die Last bestimmt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="421" />
        <source>Waiting for the engine…</source>
        <translation>Warten auf die Engine…</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="423" />
        <source>Override by %1 until cleared: %2</source>
        <translation>Übersteuerung durch %1 bis zur Aufhebung: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="427" />
        <source>Override by %1 until %2: %3</source>
        <translation>Übersteuerung durch %1 bis %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="399" />
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="400" />
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="432" />
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="435" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="125" />
        <source>Throttle periods and their statistics are kept by each engine, and the Override button acts on this console's engine: hold the whole fleet's throttle on the Fleet page.</source>
        <translation>Drosselungsphasen und ihre Statistik führt jede Engine selbst, und die Schaltfläche Übersteuern wirkt auf die Engine dieser Konsole: Die Drosselung der ganzen Flotte halten Sie auf der Seite Flotte.</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="333" />
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="433" />
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="435" />
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="437" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="440" />
        <source>No override is in force</source>
        <translation>Keine Übersteuerung aktiv</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="440" />
        <source>Hand the level back to the controller</source>
        <translation>Die Stufe an den Regler zurückgeben</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="212" />
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="511" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="514" />
        <source>%n level change(s)</source>
        <translation>
            <numerusform>%n Stufenwechsel</numerusform>
            <numerusform>%n Stufenwechsel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottlePage.cpp" line="518" />
        <source>Shares of the %1 on record in this range.</source>
        <translation>Anteile an den %1 mit Daten in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::ThrottleTimelineChart</name>
    <message>
        <location filename="../ui/pages/throttle/ThrottleTimelineChart.cpp" line="40" />
        <source>CPU, memory %</source>
        <translation>CPU, Speicher %</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleTimelineChart.cpp" line="44" />
        <source>Throttle level, CPU, memory and concurrency over time</source>
        <translation>Drosselstufe, CPU, Speicher und Nebenläufigkeit im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleTimelineChart.cpp" line="52" />
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleTimelineChart.cpp" line="53" />
        <source>Memory %</source>
        <translation>Speicher %</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleTimelineChart.cpp" line="54" />
        <source>In flight or queued</source>
        <translation>In Bearbeitung/wartend</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleTimelineChart.cpp" line="59" />
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleTimelineChart.cpp" line="212" />
        <source>Level: %1 (×%2)</source>
        <translation>Stufe: %1 (×%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleTimelineChart.cpp" line="213" />
        <source>CPU: %1 %</source>
        <translation>CPU: %1 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleTimelineChart.cpp" line="214" />
        <source>Memory: %1 %</source>
        <translation>Speicher: %1 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleTimelineChart.cpp" line="215" />
        <source>In flight or queued: %1</source>
        <translation>In Bearbeitung/wartend: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/throttle/ThrottleTimelineChart.cpp" line="222" />
        <source>Throttle level, %1: no samples yet.</source>
        <translation>Drosselstufe, %1: noch keine Messwerte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/throttle/ThrottleTimelineChart.cpp" line="226" />
        <source>Throttle level, %1: now %2 (×%3), %Ln level change(s) in the range; CPU %4 %, memory %5 %, %6 requests in flight or queued.</source>
        <translation>
            <numerusform>Drosselstufe, %1: jetzt %2 (×%3), %Ln Stufenwechsel im Zeitraum; CPU %4 %, Speicher %5 %, %6 Anfragen in Bearbeitung oder wartend.</numerusform>
            <numerusform>Drosselstufe, %1: jetzt %2 (×%3), %Ln Stufenwechsel im Zeitraum; CPU %4 %, Speicher %5 %, %6 Anfragen in Bearbeitung oder wartend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::TierDenialsChartView</name>
    <message>
        <location filename="../ui/pages/overview/TierDenialsChartView.cpp" line="21" />
        <source>denied requests/s</source>
        <translation>abgelehnte Anfragen/s</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TierDenialsChartView.cpp" line="24" />
        <source>Denied requests per second by reputation tier</source>
        <translation>Abgelehnte Anfragen pro Sekunde nach Rufstufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TierDenialsChartView.cpp" line="33" />
        <source>Busiest second</source>
        <translation>Stärkste Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TierDenialsChartView.cpp" line="94" />
        <source>Denied requests per second by reputation tier, %1: now %2 flagged, %3 standard, %4 trusted.</source>
        <translation>Abgelehnte Anfragen pro Sekunde nach Rufstufe, %1: jetzt %2 markiert, %3 Standard, %4 vertrauenswürdig.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TierDenialsChartView.cpp" line="111" />
        <source>%1: %2 denied</source>
        <translation>%1: %2 abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TierDenialsChartView.cpp" line="116" />
        <source>Busiest second: %1 denied</source>
        <translation>Stärkste Sekunde: %1 abgelehnt</translation>
    </message>
</context>
<context>
    <name>sluice::ui::TopDeniedModel</name>
    <message>
        <location filename="../ui/models/TopDeniedModel.cpp" line="90" />
        <source>%1 denied requests</source>
        <translation>%1 abgelehnte Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/models/TopDeniedModel.cpp" line="108" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/models/TopDeniedModel.cpp" line="110" />
        <source>Denied requests</source>
        <translation>Ablehnungen</translation>
    </message>
</context>
<context>
    <name>sluice::ui::TrafficChartView</name>
    <message>
        <location filename="../ui/pages/overview/TrafficChartView.cpp" line="29" />
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TrafficChartView.cpp" line="34" />
        <source>Allowed and denied requests per second</source>
        <translation>Zugelassene und abgelehnte Anfragen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TrafficChartView.cpp" line="38" />
        <source>Allowed</source>
        <translation>Zugelassen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TrafficChartView.cpp" line="39" />
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TrafficChartView.cpp" line="40" />
        <source>Busiest second</source>
        <translation>Stärkste Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TrafficChartView.cpp" line="95" />
        <source>Requests per second, %1: now %2 allowed and %3 denied per second; peak %4.</source>
        <translation>Anfragen pro Sekunde, %1: jetzt %2 zugelassen und %3 abgelehnt pro Sekunde; Spitze %4.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TrafficChartView.cpp" line="108" />
        <source>Allowed: %1</source>
        <translation>Zugelassen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TrafficChartView.cpp" line="109" />
        <source>Denied: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview/TrafficChartView.cpp" line="111" />
        <source>Busiest second: %1</source>
        <translation>Stärkste Sekunde: %1</translation>
    </message>
</context>
<context>
    <name>sluice::ui::UserGuideDialog</name>
    <message>
        <location filename="../ui/help/UserGuideDialog.cpp" line="25" />
        <source>Sluice user guide</source>
        <translation>Sluice-Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/help/UserGuideDialog.cpp" line="27" />
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/help/UserGuideDialog.cpp" line="33" />
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::VipAssignDialog</name>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="24" />
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="28" />
        <source>Change VIP assignment</source>
        <translation>VIP-Zuweisung ändern</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="28" />
        <source>Assign VIP tier</source>
        <translation>VIP-Stufe zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="30" />
        <source>e.g. partner-0042 or 10.96.0.7; unknown keys wait for traffic</source>
        <translation>z. B. partner-0042 oder 10.96.0.7; unbekannte Schlüssel warten auf Verkehr</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="33" />
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="43" />
        <source>why, ticket, contact</source>
        <translation>Grund, Ticket, Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="62" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="63" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="64" />
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="66" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="87" />
        <source>Enter the key to assign the tier to.</source>
        <translation>Geben Sie den Schlüssel ein, dem die Stufe zugewiesen werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="90" />
        <source>A key is at most %1 bytes long.</source>
        <translation>Ein Schlüssel ist höchstens %1 Bytes lang.</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="93" />
        <source>Choose a tier; the catalog has none yet.</source>
        <translation>Wählen Sie eine Stufe; der Katalog enthält noch keine.</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="96" />
        <source>The expiry must be in the future.</source>
        <translation>Der Ablauf muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignDialog.cpp" line="99" />
        <source>Notes are limited to %1 bytes.</source>
        <translation>Notizen sind auf %1 Bytes begrenzt.</translation>
    </message>
</context>
<context>
    <name>sluice::ui::VipAssignmentModel</name>
    <message>
        <location filename="../ui/pages/vip/VipAssignmentModel.cpp" line="31" />
        <source>Assigned by %1 at %2</source>
        <translation>Zugewiesen von %1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignmentModel.cpp" line="46" />
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignmentModel.cpp" line="54" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignmentModel.cpp" line="67" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignmentModel.cpp" line="69" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignmentModel.cpp" line="71" />
        <source>Multiplier</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignmentModel.cpp" line="73" />
        <source>Limit now</source>
        <translation>Limit aktuell</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignmentModel.cpp" line="75" />
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignmentModel.cpp" line="77" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipAssignmentModel.cpp" line="79" />
        <source>Assigned by</source>
        <translation>Zugewiesen von</translation>
    </message>
</context>
<context>
    <name>sluice::ui::VipPage</name>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="67" />
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="68" />
        <source>Expiring within 7 days</source>
        <translation>Läuft binnen 7 Tagen ab</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="69" />
        <source>Route of the limits shown</source>
        <translation>Route der angezeigten Limits</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="71" />
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="71" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="72" />
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="72" />
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="73" />
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="73" />
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="74" />
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="74" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="75" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="76" />
        <source>Route to preview</source>
        <translation>Route für die Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="80" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="86" />
        <source>Days of warning before a VIP assignment expires</source>
        <translation>Vorwarnzeit in Tagen vor Ablauf einer VIP-Zuweisung</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="89" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="111" />
        <source>Warn</source>
        <translation>Warnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="113" />
        <source>before an assignment expires</source>
        <translation>vor Ablauf einer Zuweisung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPage.cpp" line="163" />
        <source>VIP expiry warnings now come %n day(s) ahead.</source>
        <translation>
            <numerusform>Warnungen zum VIP-Ablauf erscheinen jetzt %n Tag im Voraus.</numerusform>
            <numerusform>Warnungen zum VIP-Ablauf erscheinen jetzt %n Tage im Voraus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="173" />
        <location filename="../ui/pages/vip/VipPage.cpp" line="215" />
        <source>VIP assignments</source>
        <translation>VIP-Zuweisungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="191" />
        <source>Assignments</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="193" />
        <source>Search key, tier or notes</source>
        <translation>Schlüssel, Stufe oder Notizen suchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="194" />
        <source>Search VIP assignments</source>
        <translation>VIP-Zuweisungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="198" />
        <source>The route whose policy the Limit now column is worked out for</source>
        <translation>Die Route, für deren Richtlinie die Spalte „Limit aktuell“ berechnet wird</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPage.cpp" line="218" />
        <source>%Ln assignment(s)</source>
        <translation>
            <numerusform>%Ln Zuweisung</numerusform>
            <numerusform>%Ln Zuweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPage.cpp" line="219" />
        <source>%Ln assignment(s), %1 shown</source>
        <translation>
            <numerusform>%Ln Zuweisung, %1 angezeigt</numerusform>
            <numerusform>%Ln Zuweisungen, %1 angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="241" />
        <source>Tier catalog</source>
        <translation>Stufenkatalog</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="243" />
        <source>VIP tier catalog</source>
        <translation>VIP-Stufenkatalog</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPage.cpp" line="244" />
        <source>%Ln tier(s)</source>
        <translation>
            <numerusform>%Ln Stufe</numerusform>
            <numerusform>%Ln Stufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="263" />
        <source>Effective limit preview</source>
        <translation>Vorschau des effektiven Limits</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="265" />
        <source>Any key, known or not</source>
        <translation>Beliebiger Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="266" />
        <source>Key to preview</source>
        <translation>Schlüssel für die Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="267" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="271" />
        <location filename="../ui/pages/vip/VipPage.cpp" line="384" />
        <source>Select an assignment or type a key.</source>
        <translation>Wählen Sie eine Zuweisung oder geben Sie einen Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="275" />
        <source>The route whose policy the preview is worked out for; the key's own routes come first</source>
        <translation>Die Route, für deren Richtlinie die Vorschau berechnet wird; die Routen des Schlüssels stehen vorn</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="279" />
        <source>base × reputation × VIP × throttle = limit</source>
        <translation>Basis × Ruf × VIP × Drosselung = Limit</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="292" />
        <source>The console is read-only: VIP tiers and assignments cannot be changed here.</source>
        <translation>Die Konsole ist schreibgeschützt: VIP-Stufen und -Zuweisungen können hier nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="331" />
        <source>No tiers yet. Add one to give keys a higher limit.</source>
        <translation>Noch keine Stufen. Fügen Sie eine hinzu, um Schlüsseln ein höheres Limit zu geben.</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="344" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="348" />
        <source>1 VIP assignment</source>
        <translation>1 VIP-Zuweisung</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="349" />
        <source>%1 VIP assignments</source>
        <translation>%1 VIP-Zuweisungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="351" />
        <source>%1 · expiry warnings %2 days ahead</source>
        <translation>%1 · Ablaufwarnung %2 Tage im Voraus</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="393" />
        <source>no VIP tier</source>
        <translation>keine VIP-Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="393" />
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="394" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="394" />
        <source>not active; the limit it would get now</source>
        <translation>nicht aktiv; dieses Limit würde er jetzt erhalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="401" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3)&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3)&lt;br&gt;%4</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="448" />
        <source>Changed the VIP assignment of %1.</source>
        <translation>VIP-Zuweisung von %1 geändert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="449" />
        <source>Assigned %1 to %2.</source>
        <translation>Stufe %1 an %2 zugewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="462" />
        <source>Revoke VIP</source>
        <translation>VIP entziehen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="463" />
        <source>Revoke the %1 tier of %2? Its limit drops back at once.</source>
        <translation>%2 die Stufe %1 entziehen? Das Limit fällt sofort zurück.</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="468" />
        <source>Revoked the VIP tier of %1.</source>
        <translation>VIP-Stufe von %1 entzogen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="485" />
        <source>Saved VIP tier %1 (×%2).</source>
        <translation>VIP-Stufe %1 (×%2) gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPage.cpp" line="495" />
        <source>Removed VIP tier %1.</source>
        <translation>VIP-Stufe %1 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="34" />
        <source>Import VIP assignments</source>
        <translation>VIP-Zuweisungen importieren</translation>
    </message>
    <message>
        <location filename="../ui/CsvFiles.cpp" line="15" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="40" />
        <source>Export VIP assignments</source>
        <translation>VIP-Zuweisungen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="47" />
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="64" />
        <source>%1 was not imported (%n problem(s)); nothing changed:
%2</source>
        <translation>
            <numerusform>%1 wurde nicht importiert (%n Problem); nichts wurde geändert:
%2</numerusform>
            <numerusform>%1 wurde nicht importiert (%n Probleme); nichts wurde geändert:
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="73" />
        <source>Imported %n VIP assignment(s) from %1.</source>
        <translation>
            <numerusform>%n VIP-Zuweisung aus %1 importiert.</numerusform>
            <numerusform>%n VIP-Zuweisungen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="60" />
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="75" />
        <source>%1 was not imported; nothing changed:
%2</source>
        <translation>%1 wurde nicht importiert; nichts wurde geändert:
%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="81" />
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="98" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/vip/VipPageFiles.cpp" line="100" />
        <source>Exported %n VIP assignment(s) to %1.</source>
        <translation>
            <numerusform>%n VIP-Zuweisung nach %1 exportiert.</numerusform>
            <numerusform>%n VIP-Zuweisungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::VipTierDialog</name>
    <message>
        <location filename="../ui/pages/vip/VipTierDialog.cpp" line="17" />
        <source>Edit VIP tier</source>
        <translation>VIP-Stufe bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipTierDialog.cpp" line="17" />
        <source>Add VIP tier</source>
        <translation>VIP-Stufe hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipTierDialog.cpp" line="20" />
        <source>letters, digits, '-' and '_'</source>
        <translation>Buchstaben, Ziffern, „-“ und „_“</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipTierDialog.cpp" line="29" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipTierDialog.cpp" line="30" />
        <source>Multiplier (1.0 to 5.0)</source>
        <translation>Faktor (1,0 bis 5,0)</translation>
    </message>
</context>
<context>
    <name>sluice::ui::VipTierModel</name>
    <message>
        <location filename="../ui/pages/vip/VipTierModel.cpp" line="28" />
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipTierModel.cpp" line="43" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipTierModel.cpp" line="45" />
        <source>Multiplier</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../ui/pages/vip/VipTierModel.cpp" line="47" />
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>sluice::ui::WhatIfAnswer</name>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="32" />
        <source>Figures of A and B</source>
        <translation>Kennzahlen von A und B</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="33" />
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="33" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="33" />
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="33" />
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="34" />
        <source>A: the configuration in force</source>
        <translation>A: die geltende Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="35" />
        <source>B: the edited copy</source>
        <translation>B: die bearbeitete Kopie</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="58" />
        <source>Choose the traffic, change B and press Run: both configurations judge the same requests.</source>
        <translation>Verkehr wählen, B ändern und Starten drücken: Beide Konfigurationen beurteilen dieselben Anfragen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="106" />
        <source>Legitimate requests denied</source>
        <translation>Legitime Anfragen abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="108" />
        <source>Abusive requests allowed</source>
        <translation>Missbräuchliche zugelassen</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="110" />
        <source>Legitimate keys flagged</source>
        <translation>Legitime Schlüssel markiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="115" />
        <source>Abusive keys flagged</source>
        <translation>Missbräuchliche markiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="121" />
        <source>Alerts raised</source>
        <translation>Ausgelöste Alarme</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="124" />
        <source>Throttle %1 (min)</source>
        <translation>Drosselung %1 (min)</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="131" />
        <source>Denied, %1 keys</source>
        <translation>Abgelehnt, Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="144" />
        <source>Denied, default policy</source>
        <translation>Abgelehnt, Standardrichtlinie</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="145" />
        <source>Denied on %1</source>
        <translation>Abgelehnt auf %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/whatif/WhatIfAnswer.cpp" line="156" />
        <source>Denied, key %1 (%Ln request(s))</source>
        <translation>
            <numerusform>Abgelehnt, Schlüssel %1 (%Ln Anfrage)</numerusform>
            <numerusform>Abgelehnt, Schlüssel %1 (%Ln Anfragen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ui::WhatIfChart</name>
    <message>
        <location filename="../ui/pages/whatif/WhatIfChart.cpp" line="16" />
        <source>Requests denied per second under A and B</source>
        <translation>Abgelehnte Anfragen je Sekunde unter A und B</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfChart.cpp" line="21" />
        <source>Denied A</source>
        <translation>Abgelehnt A</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfChart.cpp" line="21" />
        <source>Denied B</source>
        <translation>Abgelehnt B</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfChart.cpp" line="21" />
        <source>Legitimate A</source>
        <translation>Legitim A</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfChart.cpp" line="21" />
        <source>Legitimate B</source>
        <translation>Legitim B</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfChart.cpp" line="26" />
        <source>Minutes from the start</source>
        <translation>Minuten ab Beginn</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfChart.cpp" line="29" />
        <source>per s</source>
        <translation>je s</translation>
    </message>
</context>
<context>
    <name>sluice::ui::WhatIfPage</name>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="90" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="100" />
        <source>Scenario file…</source>
        <translation>Szenariodatei…</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="101" />
        <source>Access log to replay…</source>
        <translation>Zugriffsprotokoll abspielen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="108" />
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="109" />
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="110" />
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="111" />
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="112" />
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="120" />
        <source>The same seed gives the same traffic, and so the same answer.</source>
        <translation>Derselbe Seed ergibt denselben Verkehr und damit dieselbe Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="121" />
        <source>&amp;Traffic:</source>
        <translation>&amp;Verkehr:</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="122" />
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="123" />
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="126" />
        <source>Add route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="128" />
        <source>Remove route</source>
        <translation>Route entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="130" />
        <source>Reset to A</source>
        <translation>Auf A zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="147" />
        <source>Configuration B (changes in bold)</source>
        <translation>Konfiguration B (Änderungen fett)</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="153" />
        <source>Add fault</source>
        <translation>Störung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="155" />
        <source>Remove fault</source>
        <translation>Störung entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="171" />
        <source>&amp;Run A and B</source>
        <translation>A und B &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="174" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="180" />
        <source>Progress of the run</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="200" />
        <source>&amp;Limits per route</source>
        <translation>&amp;Limits je Route</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="229" />
        <source>PDF document (*.pdf);;HTML page (*.html);;JSON data (*.json);;CSV files, one per table (*.csv)</source>
        <translation>PDF-Dokument (*.pdf);;HTML-Seite (*.html);;JSON-Daten (*.json);;CSV-Dateien, eine je Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="315" />
        <source>B cannot be run: %1</source>
        <translation>B kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="424" />
        <source>Scenario file</source>
        <translation>Szenariodatei</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="426" />
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="462" />
        <source>Make B the configuration in force: its limits per route, and the reputation, throttle, anomaly, flag and VIP tier settings you changed? The engine applies them at once and the audit log records each change.</source>
        <translation>B zur geltenden Konfiguration machen: seine Limits je Route und die geänderten Einstellungen zu Reputation, Drosselung, Anomalien, Flags und VIP-Stufen? Die Engine wendet sie sofort an, und das Audit-Protokoll hält jede Änderung fest.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="491" />
        <source>Applying B…</source>
        <translation>B wird angewendet…</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="532" />
        <source>Run A and B first: B is applied as it was compared.</source>
        <translation>Zuerst A und B starten: B wird so übernommen, wie es verglichen wurde.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="204" />
        <source>Faults in the modelled backend, in both runs</source>
        <translation>Störungen im modellierten Backend, in beiden Läufen</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="215" />
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="220" />
        <source>&amp;Apply B…</source>
        <translation>B &amp;übernehmen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="222" />
        <source>This console is read-only: it cannot change the limits in force.</source>
        <translation>Diese Konsole ist schreibgeschützt: Sie kann die geltenden Limits nicht ändern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="531" />
        <source>Make B's limits the ones in force, as one audited change.</source>
        <translation>Die Limits von B in Kraft setzen, als eine protokollierte Änderung.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="223" />
        <source>&amp;Save report…</source>
        <translation>Bericht s&amp;peichern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="76" />
        <source>B is in force now (see the audit log).</source>
        <translation>B gilt jetzt (siehe Prüfprotokoll).</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="77" />
        <source>B was not applied in full: %1</source>
        <translation>B wurde nicht vollständig angewendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="102" />
        <source>A built-in scenario, a scenario file, or an access log (its format, key and routes as you choose) replayed at its own times: a log has no ground truth, so A and B are compared by key.</source>
        <translation>Ein eingebautes Szenario, eine Szenariodatei oder ein Zugriffsprotokoll (Format, Schlüssel und Routen nach Wahl), zu seinen eigenen Zeiten wiedergegeben: ein Protokoll kennt keine Grundwahrheit, daher werden A und B nach Schlüssel verglichen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="201" />
        <source>Other &amp;settings</source>
        <translation>Weitere &amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="228" />
        <source>Save the what-if report</source>
        <translation>Was-wäre-wenn-Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="303" />
        <source>There is no built-in scenario %1.</source>
        <translation>Es gibt kein eingebautes Szenario %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="332" />
        <source>Running both configurations on the same traffic…</source>
        <translation>Beide Konfigurationen laufen auf demselben Verkehr…</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="389" />
        <source>%1 (%2, by %3)</source>
        <translation>%1 (%2, nach %3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="397" />
        <source>%1
Format: %2
Key: %3
Routes: %4</source>
        <translation>%1
Format: %2
Schlüssel: %3
Routen: %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="398" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="443" />
        <source>%1 requests judged by each configuration in %2 s.</source>
        <translation>%1 Anfragen von jeder Konfiguration beurteilt, in %2 s.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="448" />
        <source>Cancelled: nothing was compared.</source>
        <translation>Abgebrochen: Nichts wurde verglichen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="449" />
        <source>The run could not start: %1</source>
        <translation>Der Lauf konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="461" />
        <source>Apply B</source>
        <translation>B übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="511" />
        <source>Saved the report to %1.</source>
        <translation>Bericht nach %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/whatif/WhatIfPage.cpp" line="512" />
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message numerus="yes">
        <location filename="../app/EngineHost.cpp" line="338" />
        <source>%Ln reputation event(s)</source>
        <translation>
            <numerusform>%Ln Reputationsereignis</numerusform>
            <numerusform>%Ln Reputationsereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/EngineHost.cpp" line="341" />
        <source>%Ln VIP event(s)</source>
        <translation>
            <numerusform>%Ln VIP-Ereignis</numerusform>
            <numerusform>%Ln VIP-Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/EngineHost.cpp" line="344" />
        <source>%Ln throttle event(s)</source>
        <translation>
            <numerusform>%Ln Drosselungsereignis</numerusform>
            <numerusform>%Ln Drosselungsereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/EngineHost.cpp" line="347" />
        <source>%Ln key reputation checkpoint(s)</source>
        <translation>
            <numerusform>%Ln Sicherungspunkt der Schlüsselreputation</numerusform>
            <numerusform>%Ln Sicherungspunkte der Schlüsselreputation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/EngineHost.cpp" line="351" />
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../app/EngineHost.cpp" line="352" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/EngineHost.cpp" line="358" />
        <source>the history came faster than the database could write it</source>
        <translation>der Verlauf kam schneller, als die Datenbank ihn schreiben konnte</translation>
    </message>
    <message>
        <location filename="../app/EngineHost.cpp" line="360" />
        <source>%1 were not stored in %2: %3</source>
        <translation>%1 wurden nicht in %2 gespeichert: %3</translation>
    </message>
</context>
<context>
    <name>token</name>
    <message>
        <location filename="../app/TokenCommand.cpp" line="42" />
        <source>Creates, revokes and lists the bearer tokens of the HTTP API (sluice serve).
Scopes: check asks /v1/check, read reads /metrics, admin may do both.
A new token is shown once; the database keeps only a salted hash of it.
Example: sluice token create nginx --scope check --db /var/lib/sluice/sluice.db</source>
        <translation>Erstellt, widerruft und listet die Bearer-Tokens der HTTP-API (sluice serve).
Bereiche: check fragt /v1/check, read liest /metrics, admin darf beides.
Ein neues Token wird einmal angezeigt; die Datenbank bewahrt nur einen gesalzenen Hash davon auf.
Beispiel: sluice token create nginx --scope check --db /var/lib/sluice/sluice.db</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="48" />
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="49" />
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="50" />
        <source>The token's name (create and revoke).</source>
        <translation>Der Name des Tokens (create und revoke).</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="52" />
        <source>What the new token may do: check, read or admin (default: check).</source>
        <translation>Was das neue Token darf: check, read oder admin (Standard: check).</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="55" />
        <source>Use the database &lt;file&gt; (default: the console's).</source>
        <translation>Die Datenbank &lt;file&gt; verwenden (Standard: die der Konsole).</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="71" />
        <source>usage: sluice token create &lt;name&gt; [--scope check|read|admin] | revoke &lt;name&gt; | list [--db &lt;file&gt;]</source>
        <translation>Aufruf: sluice token create &lt;name&gt; [--scope check|read|admin] | revoke &lt;name&gt; | list [--db &lt;file&gt;]</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="77" />
        <source>unknown scope '%1'; use check, read or admin</source>
        <translation>unbekannter Bereich '%1'; check, read oder admin verwenden</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="103" />
        <source>'%1' is not a token name: use 1 to 64 letters, digits, '.', '_' or '-'</source>
        <translation>'%1' ist kein Token-Name: 1 bis 64 Buchstaben, Ziffern, '.', '_' oder '-' verwenden</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="105" />
        <source>a token named '%1' exists; revoke it first to replace it</source>
        <translation>ein Token namens '%1' existiert; zuerst widerrufen, um es zu ersetzen</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="107" />
        <source>no valid token is named '%1'</source>
        <translation>kein gültiges Token heißt '%1'</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="128" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="129" />
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="130" />
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="131" />
        <source>REVOKED</source>
        <translation>WIDERRUFEN</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="164" />
        <source>revoked token '%1'</source>
        <translation>Token '%1' widerrufen</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="174" />
        <source>created token '%1' (scope %2); it is shown only this once</source>
        <translation>Token '%1' erstellt (Bereich %2); es wird nur dieses eine Mal angezeigt</translation>
    </message>
</context>
<context>
    <name>vip</name>
    <message>
        <location filename="../app/VipCommand.cpp" line="41" />
        <source>Imports or exports VIP assignments as CSV (columns key, tier, expires, notes) without a display.
An import is all or nothing: one bad row and nothing changes.
Example: sluice vip import partners.csv --db ops.db</source>
        <translation>Importiert oder exportiert VIP-Zuweisungen als CSV (Spalten key, tier, expires, notes) ohne Oberfläche.
Ein Import gilt ganz oder gar nicht: eine fehlerhafte Zeile, und nichts wird geändert.
Beispiel: sluice vip import partners.csv --db ops.db</translation>
    </message>
    <message>
        <location filename="../app/VipCommand.cpp" line="46" />
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location filename="../app/VipCommand.cpp" line="47" />
        <source>What to do.</source>
        <translation>Die Aktion.</translation>
    </message>
    <message>
        <location filename="../app/VipCommand.cpp" line="48" />
        <source>The CSV file to read or write.</source>
        <translation>Die CSV-Datei, die gelesen oder geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../app/VipCommand.cpp" line="49" />
        <source>Use the database &lt;file&gt; (default: the console's).</source>
        <translation>Datenbank &lt;file&gt; verwenden (Standard: die der Konsole).</translation>
    </message>
    <message>
        <location filename="../app/VipCommand.cpp" line="61" />
        <source>usage: sluice vip import|export &lt;file.csv&gt; [--db &lt;file&gt;]</source>
        <translation>Aufruf: sluice vip import|export &lt;file.csv&gt; [--db &lt;file&gt;]</translation>
    </message>
    <message>
        <location filename="../app/VipCommand.cpp" line="111" />
        <source>cannot write %1: %2; nothing was exported</source>
        <translation>%1 kann nicht geschrieben werden: %2; nichts wurde exportiert</translation>
    </message>
    <message>
        <location filename="../app/VipCommand.cpp" line="80" />
        <location filename="../app/VipCommand.cpp" line="86" />
        <source>%1: nothing was imported</source>
        <translation>%1: nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../app/VipCommand.cpp" line="84" />
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/VipCommand.cpp" line="87" />
        <source>imported %n VIP assignment(s) from %1 into %2</source>
        <translation>
            <numerusform>%n VIP-Zuweisung aus %1 in %2 importiert</numerusform>
            <numerusform>%n VIP-Zuweisungen aus %1 in %2 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/VipCommand.cpp" line="116" />
        <source>exported %n VIP assignment(s) to %1</source>
        <translation>
            <numerusform>%n VIP-Zuweisung nach %1 exportiert</numerusform>
            <numerusform>%n VIP-Zuweisungen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
</TS>
