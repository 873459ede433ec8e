<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AddRecordCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <source>Days before the close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota pace (percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying trend months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying drop (percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours to contact a new lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no alert “%1” now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names more than one alert; say which: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until when? The time is missing or not a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>A bulk load must run inside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk load was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk load was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message of campaign “%1” uses unknown placeholders: %2. Known ones: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters are drawn by the print library; use CampaignLettersPdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign “%1” has no owner with an e-mail address to send from; set its owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignLettersPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignResponses</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first line must name an e-mail or phone column and a status column (found: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status this program knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody in this campaign has this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>A campaign member is one customer, contact or lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is done; it cannot be launched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 targets no segment; add one before launching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a member status; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a suppression reason; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignStatistics</name>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>Cannot add %1 record %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update %1 record %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VoIP call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill or language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excludes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interaction for N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote about to expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead reaches a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Configurator</name>
    <message>
        <source>Choose only one of %1: “%2” or “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” requires “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be combined with “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an option of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>SQLite integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 records with an invalid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index %1 holds %2 entries for %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index %1 has %2 entries for deleted records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s own user (me_user_id %1) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers have no sort key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers show a latest interaction other than their interactions&apos; latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag list customer_tags differs from the customers&apos; tags in %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook, not a CSV file. Save it as CSV (UTF-8) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data, not text: it is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding “%1” is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 contains binary data (a NUL byte): this is not a text CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerValue</name>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardBuilder</name>
    <message>
        <source>The dashboard was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n opportunities, %3, weighted %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: won %2 in %n deals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: won %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 won, %3 lost, win rate %4, average deal %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created to won</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n won deals: average %1 days, median %2 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: average %3 days over %n stays</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period gone by %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: won %2 of %3 (%4) from %5 to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open opportunities, %2, weighted %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: forecast %2 (95 %: %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % band</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customers, won %2, on average %3 days since their last deal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: won %2 in %n deals, last on %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lifetime value %2 (won so far %3, %4 deals a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished">مشتریان</translation>
    </message>
    <message>
        <source>Response %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 reached, %3 responded (%4), %5 converted (%6); cost %7, revenue %8, ROI %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 leads, %3 contacted, %4 qualified, %5 converted, %6 won (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answered “%1” and converted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPdf</name>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>Pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won revenue by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same month a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate and average deal by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals or stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created to won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period gone by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted pipeline by expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue history and forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower 95 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper 95 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished">مشتریان</translation>
    </message>
    <message>
        <source>Average days since last deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by RFM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at risk of leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by (times the gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and lost customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answered the last campaign and converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunities by stage: count, amount, weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won revenue by month beside a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win rate and average deal by sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win rate and average deal by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days from created to won, and per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota attainment per sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short term: weighted pipeline by close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long term: revenue history and 12-month forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments (champions, loyal, at risk, lost...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every customer&apos;s RFM scores and segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer lifetime value, highest 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers by won amount, highest 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers at risk of leaving, most valuable 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new and lost customers per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign response, conversion and ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead-source funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who answered the last campaign and converted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rapport database: it is not an SQLite database file at all. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2 The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Rapport database. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rapport (schema %2; this program knows up to %3). Update Rapport to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only, so a new database cannot be created in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver did not provide a connection handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot register Rapport&apos;s SQL functions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2, but the file is read-only. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 with %2 failed: %3. The database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the open database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its own header says (it was cut off). The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 failed: %2. The database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade of %1 was cancelled. The database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteRecordCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only, so sample data cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of sample customers cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sample data was cancelled; the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sample data failed (%1); the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSpill</name>
    <message>
        <source>Cannot write the search documents waiting to be indexed to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the search documents waiting to be indexed from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch is not the size it was written with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownQuery</name>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished">مشتریان</translation>
    </message>
    <message>
        <source>Days since last deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditRecordCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule firings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Only contacts can be exported as vCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Billing street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title / role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (or days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill or language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last assigned user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills and languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability % (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won/lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer group (tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group (one of)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Else add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (thousandths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject / heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion per unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldNormalizer</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time (use YYYY-MM-DD HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field “%2”; its fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 basis points is not a percentage from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldSynonyms</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterSqlBuilder</name>
    <message>
        <source>%1 has no field “%2”; its fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPresets</name>
    <message>
        <source>A preset needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import preset called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSchema</name>
    <message>
        <source>→ notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not Header=field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSink</name>
    <message>
        <source>Record %1 vanished during the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a first or last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead needs a name or an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message numerus="yes">
        <source>%n record(s) were edited after the import; undoing it discards those edits.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated record(s) were deleted since and stay deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added since refer to imported records and are removed or unlinked with them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no import %1 in the import history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports of “%1” cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 (%2) was already undone on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records were changed since import %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportUndoCommand</name>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Undo the import anyway? The records it created are removed and those it updated get their previous values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was not undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The dates could be day-month-year or month-day-year; day-month-year was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of %1 matches a field; map the columns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>There is no lead with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads were given to reassign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact new lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to you (%1). Lead id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is %2; only a qualified lead can be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from lead)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>A ledger entry is either a debit or a credit, and more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax or registration id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of a new quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a letterhead setting; the settings are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one line only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 characters, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is %1 KiB; at most %2 KiB fit in the letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG, GIF or BMP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the logo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 is %2 KiB; at most %3 KiB fit in the letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or BMP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Company Ltd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices in %1, excluding tax unless stated. Payment within 30 days of invoice. This quote is valid until the date above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveOpportunityCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <extracomment>%1 is an opportunity&apos;s title, %2 the stage it was moved to</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageCodec</name>
    <message>
        <source>This file is not a Rapport sync package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is truncated: the file ends inside its header (the copy did not finish).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was written by a newer version of Rapport (package format %1; this program reads up to %2). Update Rapport to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: its format number is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is truncated: the file is shorter than its own header says (the copy did not finish).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: it has unexpected data after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged or was altered: its checksum does not match its contents. Export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: its contents cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumberNormalizer</name>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no country code and no default country is set, so it was kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” starts with an unknown country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too short to be a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too long to be a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineService</name>
    <message>
        <source>There is no pipeline yet; create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has no stage with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no opportunity with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 is not a stage of this opportunity&apos;s pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing as won needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing as lost needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity&apos;s pipeline has no won stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity&apos;s pipeline has no lost stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a won opportunity gets follow-up work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionService</name>
    <message>
        <source>There is no quote with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no promotion with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion “%1” does not apply to this quote (its dates, currency, segment or partners-only rule exclude the quote&apos;s customer or date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the quote&apos;s lines is for a product of the promotion “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotePdf</name>
    <message>
        <source>Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attn. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We look forward to working with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by (name, date, signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead&apos;s logo is not an image Rapport can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion: −%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteService</name>
    <message>
        <source>There is no quote with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote is %1; make a new revision to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line “%1” has a negative price or a rate outside 0–100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accepted or already revised quote cannot be revised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote is %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote is %1; only a draft or sent quote can be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 rev. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSnapshot</name>
    <message>
        <source>The records refer to each other too deeply to be copied for undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo could not restore the deleted records: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleActions</name>
    <message>
        <source>“%1” is not an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by the rule “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task “%1” (nobody owns the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not added to “%1”: no person or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to campaign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in campaign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not added to “%1”: no consent for its channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not added to “%1”: on the suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer to tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already tagged “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>There is no rule with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules run was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1” was skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The rules run was cancelled after %n firing(s); the other events fire on the next run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule “%1” on %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSql</name>
    <message>
        <source>“%1” is not a field of a %2 or of its customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a whole number (money in minor units, cents), not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a number: use a comparison, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a date: compare it with a date written yyyy-MM-dd, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an event; the events are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days must be between 0 and 3660, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“No interaction” needs the number of days of silence (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (yyyy-MM-dd) for “events from”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule does nothing: add at least one action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the tag to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the user to assign to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task&apos;s due days must be between 0 and 3660.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of a %2; the fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleStore</name>
    <message>
        <source>No interaction with a customer for N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opportunity is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is opened (in a category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact&apos;s birthday (N days ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary of the first won deal (N days ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote expires within N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead reaches a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a task for the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesReports</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesTeam</name>
    <message>
        <source>A user has no field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchSideBuild</name>
    <message>
        <source>Cannot create a scratch file for the search index in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the search index in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was not being built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index %1 was not built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value in the search index %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentCriteria</name>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no field “%1” to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be tested with “%2”; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a second value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a choice of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs at least one choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a choice of “%2”; choices: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group joins its rules with “and” or “or”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“rules” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments select customers, contacts or leads, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria are not a JSON object (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentFact</name>
    <message>
        <source>Campaign responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded to campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the audience of campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation total bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation open opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentOperator</name>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the last N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than N days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentService</name>
    <message>
        <source>Segment “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a segment named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment “%1” is already a static list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing “%1” was cancelled; the segment was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Rapport, a desktop CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (el, ru, es, pl, fa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to picture: customers, customer360, customer-edit, sync, analytics, contacts, activities, alerts, suggestions (a 360° view with suggested products), kanban, my-work, settings, users, user-edit, segments, campaigns, cases, rules, rule-log, promotions, partners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>The disk is full: the change was not saved and the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only: the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement was not prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The record cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record cannot be restored: the record it belongs to is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1 was already settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a conflict about a field has another value to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a deleted record can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the field copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the field copy %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy with device id %1 is known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported. %2 The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: it belongs to another database (%2), not to this one (%3). The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: it was exported by this copy itself. Import it on the other computer. The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: earlier changes are missing (%2). Import the packages before it first, or ask the sender for a new package. Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2 The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The held change records of table %1 from number %2 are damaged (%3 ids for %4 records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package was written to %1: %2 The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy&apos;s change log numbers its changes up to %1 but holds %2 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package was written to %1: a change of table %2 appeared while the package was being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no package was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card that begins here has no END:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text outside BEGIN:VCARD … END:VCARD was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not a vCard property and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCardWriter</name>
    <message>
        <source>The vCard file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueRules</name>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::AlertSettingsDialog</name>
    <message>
        <source>Alert settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to alert %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal closes within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal has had no activity for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won so far is below this share of the pro-rated quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a customer&apos;s purchases over the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…with the period before, and alert at a drop of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lead has not been contacted within:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::AlertsPage</name>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead not contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota behind pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show snoozed and dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this alert until its condition arises anew (e.g. a new close date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (snoozed until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::AnalyticsPage</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won revenue by month, beside a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate by sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales cycle (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue forecast (12 months, 95 % band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted pipeline by expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segments by recency, frequency, value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and lost customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at risk of leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished">مشتریان</translation>
    </message>
    <message>
        <source>Campaign response and conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead-source funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answered the last campaign and converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records behind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 · owner: %3 · segment: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Dashboard Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboards.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::AutomationArea</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::CampaignView</name>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail-merge CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.eml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call list (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import responses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status of selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced / opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget / cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (won)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet — add one before launching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the members from the campaign&apos;s segments now, leaving out people without consent for its channel and suppressed addresses?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new members (audience %2). Left out: %3 without consent, %4 suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 members into %2 (%3 without the address this format needs); %4 marked sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines: %2 matched, %3 members changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more lines not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::CampaignsPage</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns compared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ChartCard</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ConfiguratorDialog</name>
    <message>
        <source>Configure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (choose one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2%3, line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> less %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quantity above zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::CustomerView</name>
    <message>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::DatabaseUpgrader</name>
    <message>
        <source>Upgrading %1 to this version of Rapport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::DrillDownDialog</name>
    <message>
        <source>The first %1 of %2 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished">مشتریان</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">مخاطبان</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte-order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::FileController</name>
    <message>
        <source>Rapport databases (*.db *.rapport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers.rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file than the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Field Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Field Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field-copy.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy (the laptop or its user):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers in this country (leave empty for all customers):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the field copy %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field copy %1 was not made. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field copy %1 is ready. Copy it to the laptop; it exchanges changes with this database through the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which date order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the preview: the rows are shown as they will be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished">مشتریان</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">مخاطبان</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.tsv *.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field each column goes into; unmapped columns can go into the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day.month.year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is a duplicate when its e-mail, phone, or name and organisation match a record already in the database or earlier in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new record anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: check everything, write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for phone numbers without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1 (%2% sure) · delimiter: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dates read both ways: please choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the rejected rows (correct them and import the file again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates in the column “%1” can be read two ways.

%2 — %3 or %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other dates in the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows · %2 rows/s · %3 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::KanbanBoard</name>
    <message>
        <source>Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1
Probability: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1 opportunities, %2, weighted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did we win?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did we lose?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more: see the list of opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the board…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::LedgerView</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer to see their account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · credit limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b style=&apos;color:#b71c1c&apos;&gt;over the credit limit&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::LetterheadDialog</name>
    <message>
        <source>Settings — Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead of your quotes: printed at the top of every quote PDF, with the terms that new quotes start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Rapport can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>No database is open. Use File ▸ Open… or File ▸ New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;از نو</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;درباره Rapport</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small businesses and field sales: customers, contacts and every interaction in one local file.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License v3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::MarketingArea</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::MyWorkPage</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;My open leads&lt;/b&gt; (best score first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;My opportunities by stage&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;My work — %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Everyone&apos;s work&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, score %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;%n overdue task(s)&lt;/span&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;%1 overdue tasks&lt;/span&gt; (the latest %2 listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;My work&lt;/h2&gt;Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::PartnerView</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Open pipeline by stage&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose a partner&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;%2%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: %1&lt;br&gt;Leads: %2 (%3 open) · Opportunities: %4 open, %5 won, %6 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Won revenue:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Commission at %2:&lt;/b&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::QuoteDialog</name>
    <message>
        <source>Save quote as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery requirements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (configurable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 rev. %2 — %3&lt;/h3&gt;Status: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   &lt;b&gt;Total %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: with this quote the customer&apos;s balance would be %1, above the credit limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product and a quantity above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some cells are not numbers; correct the marked cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this quote? The opportunity is marked won and the total is debited to the customer&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to matching lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None applies to this customer and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promotion applies to this quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the lines is for a product of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::RecordActions</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number, %2 the name of the records (&quot;3 contacts&quot;, &quot;1 task&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::RecordDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate several with ;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::RecordListModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::RecordListPage</name>
    <message>
        <source>Search %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number formatted for the locale, %2 the plural name of the records (&quot;customers&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ReferenceCombo</name>
    <message>
        <source>type to find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::RuleEditor</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: from the day the rule was made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every condition holds (money in cents, dates YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule looks at each %1; it fires once per event (a birthday once a year, a silence once until the next interaction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the record&apos;s owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::RulesPage</name>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rules now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The rule runs with the others a moment after data changes, at start-up and daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule firing(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SalesArea</name>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected lead(s) to:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned by the assignment rules.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gives the selected leads (Ctrl- or Shift-click to select several) to another rep, with a task for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quote for the selected opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an opportunity with a customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the leads to reassign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) given to %1, each with a task.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Convert lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead is now customer “%1” (%2), with opportunity “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up after the win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick-off call
Onboarding workshop
Check-in after 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a renewal opportunity closing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding tasks for the owner, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::SegmentGroupBox</name>
    <message>
        <source>All of these (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of these (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::SegmentRuleRow</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::SegmentsPage</name>
    <message>
        <source>Matching customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">مخاطبان</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished">مشتریان</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze as static list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (static)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic: whoever matches when it is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static list, frozen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze “%1” into a static list of whoever matches now? It will no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel freezing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the segment “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::SuggestedProducts</name>
    <message>
        <source>Suggested products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because they bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at what other customers bought…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the customers&apos; quotes with %2 also had %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %n accepted quote(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to suggest: no product goes with what this customer has bought more often than with others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::SyncPage</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted on %2 while %3 edited it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to a record deleted elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a duplicate (same e-mail %2, created on two copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export changes for the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every new package that appears in a folder, such as a shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — the office copy (device %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — field copy of %2%3 (device %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes: %1 · Open conflicts: %2 · Last export: %3 · Last import: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export changes for the field copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a field copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field copy made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 already here, %3 conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched folder: %1 (not available now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched folder: %1 — new packages in it are imported automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a folder for sync packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is no longer watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n package(s) from the watched folder…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n package(s) from the watched folder: %1 changes, %2 conflicts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport sync packages (*.rsync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a sync package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport sync packages (*.rsync);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled; the choice goes out with the next export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::TeamPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills and languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 per %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::TextEncoding</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European with euro (ISO-8859-15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic (ISO-8859-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek (ISO-8859-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic and Persian (Windows-1256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic (ISO-8859-6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::WelcomePage</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no customers yet. Load sample data to look around, import your customers from a spreadsheet, or add the first customer yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers or contacts from a CSV or vCard file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::Workspace</name>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <source>Log this call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log this e-mail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log this call to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log this e-mail to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating sample customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::analytics::alertrules</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date %1 passed %n day(s) ago · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes today · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes in %n day(s), %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted for %n hour(s), since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted for %n day(s), since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity for %n day(s), since %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won %1 of a %2 quota since %3; %4 expected by today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought %1 in the last %n month(s) against %2 in the %n before (−%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
