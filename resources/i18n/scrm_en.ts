<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>App</name>
        <message>
            <source>Database password</source>
            <translation>Database password</translation>
        </message>
        <message>
            <source>Password for {database}:</source>
            <translation>Password for {database}:</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <source>Database settings…</source>
            <translation>Database settings…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Search user, action, record id or summary</source>
            <translation>Search user, action, record id or summary</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Record type:</source>
            <translation>Record type:</translation>
        </message>
        <message>
            <source>Select an entry to see what it changed.</source>
            <translation>Select an entry to see what it changed.</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Every change made in SCRM Desktop: who made it, when, and the values before and after. Entries cannot be edited or deleted.</source>
            <translation>Every change made in SCRM Desktop: who made it, when, and the values before and after. Entries cannot be edited or deleted.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>{entity} {id}</source>
            <translation>{entity} {id}</translation>
        </message>
        <message>
            <source>{field}: {value}</source>
            <translation>{field}: {value}</translation>
        </message>
        <message>
            <source>Showing the newest {count} entries. Narrow the search to see older ones.</source>
            <translation>Showing the newest {count} entries. Narrow the search to see older ones.</translation>
        </message>
        <message>
            <source>Entries: {count}</source>
            <translation>Entries: {count}</translation>
        </message>
        <message>
            <source>No entries match the search. Change or clear the filter.</source>
            <translation>No entries match the search. Change or clear the filter.</translation>
        </message>
        <message>
            <source>The audit log has no entries yet.</source>
            <translation>The audit log has no entries yet.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation>{field}: {before} → {after}</translation>
        </message>
        <message>
            <source>{action} by {user} at {time}</source>
            <translation>{action} by {user} at {time}</translation>
        </message>
        <message>
            <source>Record: {entity} {id}</source>
            <translation>Record: {entity} {id}</translation>
        </message>
        <message>
            <source>Summary: {summary}</source>
            <translation>Summary: {summary}</translation>
        </message>
        <message>
            <source>This entry records no changed values.</source>
            <translation>This entry records no changed values.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>BreakdownPanel</name>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Show customers</source>
            <translation>Show customers</translation>
        </message>
        <message>
            <source>Open the customer list filtered to the selected row.</source>
            <translation>Open the customer list filtered to the selected row.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>An administrator set a temporary password. Choose your own password now.</source>
            <translation>An administrator set a temporary password. Choose your own password now.</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Current password</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>Repeat new password</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>The two new passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Something went wrong that SCRM Desktop did not expect. Your last action was not saved.
The details were written to the log file:
{path}</source>
            <translation>Something went wrong that SCRM Desktop did not expect. Your last action was not saved.
The details were written to the log file:
{path}</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Show details</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Hide details</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <source>New customer</source>
            <translation>New customer</translation>
        </message>
        <message>
            <source>Edit customer {name}</source>
            <translation>Edit customer {name}</translation>
        </message>
        <message>
            <source>Mobile or landline, e.g. 138 1234 5678 or 020-3888 6688</source>
            <translation>Mobile or landline, e.g. 138 1234 5678 or 020-3888 6688</translation>
        </message>
        <message>
            <source>e.g. 广东省深圳市南山区科技园南区 8 栋 1201</source>
            <translation>e.g. 广东省深圳市南山区科技园南区 8 栋 1201</translation>
        </message>
        <message>
            <source>Separate tags with commas, e.g. VIP, 老客户</source>
            <translation>Separate tags with commas, e.g. VIP, 老客户</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>The middle digits are hidden because you may not view personal data. Leave the number as it is to keep it, or type a new number.</source>
            <translation>The middle digits are hidden because you may not view personal data. Leave the number as it is to keep it, or type a new number.</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Service address:</source>
            <translation>Service address:</translation>
        </message>
        <message>
            <source>Filled in from the address as you type. Pick another region if it is wrong.</source>
            <translation>Filled in from the address as you type. Pick another region if it is wrong.</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Region:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Tags:</translation>
        </message>
        <message>
            <source>Channel ids:</source>
            <translation>Channel ids:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>Owner:</translation>
        </message>
        <message>
            <source>Create customer</source>
            <translation>Create customer</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>The address fits several regions:</source>
            <translation>The address fits several regions:</translation>
        </message>
        <message>
            <source>Choose the region the address means</source>
            <translation>Choose the region the address means</translation>
        </message>
        <message>
            <source>No owner rule applies to this region: the customer will have no owner.</source>
            <translation>No owner rule applies to this region: the customer will have no owner.</translation>
        </message>
        <message>
            <source>The owner rules give customers here to {owner} (rule “{rule}”).</source>
            <translation>The owner rules give customers here to {owner} (rule “{rule}”).</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>{owner}. The owner rules now give customers here to {rules_owner}; the owner changes when an administrator re-assigns customers.</source>
            <translation>{owner}. The owner rules now give customers here to {rules_owner}; the owner changes when an administrator re-assigns customers.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>The address fits several regions. Choose the right one before saving: {regions}.</source>
            <translation>The address fits several regions. Choose the right one before saving: {regions}.</translation>
        </message>
    </context>
    <context>
        <name>CustomerImportWizard</name>
        <message>
            <source>Import customers</source>
            <translation>Import customers</translation>
        </message>
        <message>
            <source>{rows} rows with {columns} columns read from {file}.</source>
            <translation>{rows} rows with {columns} columns read from {file}.</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Reading {file}…</translation>
        </message>
        <message>
            <source>The file could not be read. Choose another file or correct this one.</source>
            <translation>The file could not be read. Choose another file or correct this one.</translation>
        </message>
        <message>
            <source>Checking {n} rows…</source>
            <translation>Checking {n} rows…</translation>
        </message>
        <message>
            <source>Importing {n} customers…</source>
            <translation>Importing {n} customers…</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was written.</source>
            <translation>The import was cancelled. Nothing was written.</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct the problem and try again.</source>
            <translation>Nothing was imported. Correct the problem and try again.</translation>
        </message>
    </context>
    <context>
        <name>CustomerLabels</name>
        <message>
            <source>WeCom</source>
            <translation>WeCom</translation>
        </message>
        <message>
            <source>Douyin</source>
            <translation>Douyin</translation>
        </message>
        <message>
            <source>Taobao</source>
            <translation>Taobao</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Service address</source>
            <translation>Service address</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Choose a region</source>
            <translation>Choose a region</translation>
        </message>
        <message>
            <source>Region chosen</source>
            <translation>Region chosen</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Left out</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Service address</source>
            <translation>Service address</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Channel ids</source>
            <translation>Channel ids</translation>
        </message>
        <message>
            <source>Search name, phone or address</source>
            <translation>Search name, phone or address</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Customers with their service address, region and owner. Pick a region on the left or search to narrow the list; new and imported customers get their owner from the owner rules.</source>
            <translation>Customers with their service address, region and owner. Pick a region on the left or search to narrow the list; new and imported customers get their owner from the owner rules.</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>New customer</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>All regions</translation>
        </message>
        <message>
            <source>Without region</source>
            <translation>Without region</translation>
        </message>
        <message>
            <source>Find a region</source>
            <translation>Find a region</translation>
        </message>
        <message>
            <source>Only regions with customers</source>
            <translation>Only regions with customers</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Show all</translation>
        </message>
        <message>
            <source>Loading customers…</source>
            <translation>Loading customers…</translation>
        </message>
        <message>
            <source>Showing the customers in the region group {group}.</source>
            <translation>Showing the customers in the region group {group}.</translation>
        </message>
        <message>
            <source>Showing the customers without an owner.</source>
            <translation>Showing the customers without an owner.</translation>
        </message>
        <message>
            <source>Showing the customers of {owner}.</source>
            <translation>Showing the customers of {owner}.</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} customers</source>
            <translation>Showing {shown} of {total} customers</translation>
        </message>
        <message>
            <source>Customers: {count}</source>
            <translation>Customers: {count}</translation>
        </message>
        <message>
            <source>No customers match the filter. Change the search or pick another region.</source>
            <translation>No customers match the filter. Change the search or pick another region.</translation>
        </message>
        <message>
            <source>There are no customers yet. Add one with New customer, or import a CSV or Excel file.</source>
            <translation>There are no customers yet. Add one with New customer, or import a CSV or Excel file.</translation>
        </message>
        <message>
            <source>There are no customers in your regions yet.</source>
            <translation>There are no customers in your regions yet.</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Saved {name}.</translation>
        </message>
        <message>
            <source>Saved {name}. The current filter hides this customer.</source>
            <translation>Saved {name}. The current filter hides this customer.</translation>
        </message>
        <message>
            <source>{count} customers imported.</source>
            <translation>{count} customers imported.</translation>
        </message>
        <message>
            <source>customers-{date}.xlsx</source>
            <translation>customers-{date}.xlsx</translation>
        </message>
        <message>
            <source>Export customers</source>
            <translation>Export customers</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
        </message>
        <message>
            <source>Exporting customers…</source>
            <translation>Exporting customers…</translation>
        </message>
        <message>
            <source>{count} customers written to {file}.</source>
            <translation>{count} customers written to {file}.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Row {row}: {message}</source>
            <translation>Row {row}: {message}</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Cannot do that</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a file</source>
            <translation>Choose a file</translation>
        </message>
        <message>
            <source>Customers are imported from an Excel workbook (.xlsx) or a CSV file. The first row holds the column names; each further row is one customer.</source>
            <translation>Customers are imported from an Excel workbook (.xlsx) or a CSV file. The first row holds the column names; each further row is one customer.</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Recognised column names include 姓名, 电话, 地址, 省, 市, 区, 标签, 企业微信, 抖音, 淘宝 and 备注 (an exported customer list imports again). You can match other names in the next step.</source>
            <translation>Recognised column names include 姓名, 电话, 地址, 省, 市, 区, 标签, 企业微信, 抖音, 淘宝 and 备注 (an exported customer list imports again). You can match other names in the next step.</translation>
        </message>
        <message>
            <source>Import customers</source>
            <translation>Import customers</translation>
        </message>
        <message>
            <source>Customer lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
            <translation>Customer lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>Create the administrator — SCRM Desktop</source>
            <translation>Create the administrator — SCRM Desktop</translation>
        </message>
        <message>
            <source>Welcome to SCRM Desktop</source>
            <translation>Welcome to SCRM Desktop</translation>
        </message>
        <message>
            <source>This database has no users yet. Create the administrator account; the administrator then creates everyone else's.</source>
            <translation>This database has no users yet. Create the administrator account; the administrator then creates everyone else's.</translation>
        </message>
        <message>
            <source>e.g. 张伟</source>
            <translation>e.g. 张伟</translation>
        </message>
        <message>
            <source>At least {n} characters</source>
            <translation>At least {n} characters</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <source>Create and sign in</source>
            <translation>Create and sign in</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Signed in as {roles}.</source>
            <translation>Signed in as {roles}.</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>User accounts</source>
            <translation>User accounts</translation>
        </message>
        <message>
            <source>Recent activity</source>
            <translation>Recent activity</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Nothing has happened yet.</source>
            <translation>Nothing has happened yet.</translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation>Hello, {name}</translation>
        </message>
        <message>
            <source>Not set yet — enter the company details under File → Settings.</source>
            <translation>Not set yet — enter the company details under File → Settings.</translation>
        </message>
        <message>
            <source>{active} active of {total}</source>
            <translation>{active} active of {total}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Pricing manager</source>
            <translation>Pricing manager</translation>
        </message>
        <message>
            <source>Branch editor</source>
            <translation>Branch editor</translation>
        </message>
        <message>
            <source>Dispatcher</source>
            <translation>Dispatcher</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>Finance</translation>
        </message>
        <message>
            <source>Installer</source>
            <translation>Installer</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <source>Failed sign-in</source>
            <translation>Failed sign-in</translation>
        </message>
        <message>
            <source>Created user</source>
            <translation>Created user</translation>
        </message>
        <message>
            <source>Created the first administrator</source>
            <translation>Created the first administrator</translation>
        </message>
        <message>
            <source>Changed user</source>
            <translation>Changed user</translation>
        </message>
        <message>
            <source>Enabled user</source>
            <translation>Enabled user</translation>
        </message>
        <message>
            <source>Disabled user</source>
            <translation>Disabled user</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>Changed own password</source>
            <translation>Changed own password</translation>
        </message>
        <message>
            <source>Changed company details</source>
            <translation>Changed company details</translation>
        </message>
        <message>
            <source>Created region group</source>
            <translation>Created region group</translation>
        </message>
        <message>
            <source>Changed region group</source>
            <translation>Changed region group</translation>
        </message>
        <message>
            <source>Deleted region group</source>
            <translation>Deleted region group</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Region group</source>
            <translation>Region group</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>Must change password</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translation>Tax ID</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Branch code</source>
            <translation>Branch code</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Member regions</source>
            <translation>Member regions</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translation>Whole country</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in — SCRM Desktop</source>
            <translation>Sign in — SCRM Desktop</translation>
        </message>
        <message>
            <source>SCRM Desktop</source>
            <translation>SCRM Desktop</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Database settings…</source>
            <translation>Database settings…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Region dashboard</source>
            <translation>Region dashboard</translation>
        </message>
        <message>
            <source>Owner rules</source>
            <translation>Owner rules</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>SCRM Desktop</source>
            <translation>SCRM Desktop</translation>
        </message>
        <message>
            <source>Signed in: {name} ({roles})</source>
            <translation>Signed in: {name} ({roles})</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Open the &amp;log folder</translation>
        </message>
        <message>
            <source>&amp;About SCRM Desktop</source>
            <translation>&amp;About SCRM Desktop</translation>
        </message>
        <message>
            <source>About SCRM Desktop</source>
            <translation>About SCRM Desktop</translation>
        </message>
        <message>
            <source>SCRM Desktop {version}
Service projects, settlement prices, installer earnings, workflows and statements.
Database: {database}</source>
            <translation>SCRM Desktop {version}
Service projects, settlement prices, installer earnings, workflows and statements.
Database: {database}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Some pages have changes that are not saved. Leave anyway and lose them?</source>
            <translation>Some pages have changes that are not saved. Leave anyway and lose them?</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Match the columns</translation>
        </message>
        <message>
            <source>Say which column of the file holds which customer field. The choices are guessed from the column names; fields without a column stay empty.</source>
            <translation>Say which column of the file holds which customer field. The choices are guessed from the column names; fields without a column stay empty.</translation>
        </message>
        <message>
            <source>{field} (required):</source>
            <translation>{field} (required):</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>The first rows of the file:</source>
            <translation>The first rows of the file:</translation>
        </message>
        <message>
            <source>{letter}: {header}</source>
            <translation>{letter}: {header}</translation>
        </message>
        <message>
            <source>— not in the file —</source>
            <translation>— not in the file —</translation>
        </message>
        <message>
            <source>Column {letter}: {header}</source>
            <translation>Column {letter}: {header}</translation>
        </message>
        <message>
            <source>Choose the column that holds the customer name.</source>
            <translation>Choose the column that holds the customer name.</translation>
        </message>
        <message>
            <source>Column {column} is chosen for both {first} and {second}. A column can fill one field only.</source>
            <translation>Column {column} is chosen for both {first} and {second}. A column can fill one field only.</translation>
        </message>
    </context>
    <context>
        <name>OwnerRuleDialog</name>
        <message>
            <source>New owner rule</source>
            <translation>New owner rule</translation>
        </message>
        <message>
            <source>Edit owner rule {name}</source>
            <translation>Edit owner rule {name}</translation>
        </message>
        <message>
            <source>e.g. 广州市 → 李广州</source>
            <translation>e.g. 广州市 → 李广州</translation>
        </message>
        <message>
            <source>The whole country</source>
            <translation>The whole country</translation>
        </message>
        <message>
            <source>A region and everything inside it:</source>
            <translation>A region and everything inside it:</translation>
        </message>
        <message>
            <source>The regions of a region group:</source>
            <translation>The regions of a region group:</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Starts on</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Ends on</translation>
        </message>
        <message>
            <source>A user:</source>
            <translation>A user:</translation>
        </message>
        <message>
            <source>A pool:</source>
            <translation>A pool:</translation>
        </message>
        <message>
            <source>Customers in a pool have no owner yet; anyone may take them.</source>
            <translation>Customers in a pool have no owner yet; anyone may take them.</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Applies to:</source>
            <translation>Applies to:</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Valid:</translation>
        </message>
        <message>
            <source>A more specific region always wins. Priority only decides between rules that are equally specific: the higher number wins.</source>
            <translation>A more specific region always wins. Priority only decides between rules that are equally specific: the higher number wins.</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>Priority:</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>Owner:</translation>
        </message>
        <message>
            <source>Create rule</source>
            <translation>Create rule</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Saving a rule changes no customer. New customers get their owner from the rules; existing ones move only when you re-assign them.</source>
            <translation>Saving a rule changes no customer. New customers get their owner from the rules; existing ones move only when you re-assign them.</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translation>Pick the region from the list, or type its six-digit code.</translation>
        </message>
    </context>
    <context>
        <name>OwnerRulesPage</name>
        <message>
            <source>Owner rules</source>
            <translation>Owner rules</translation>
        </message>
        <message>
            <source>Which user or pool owns the customers of a region. The most specific matching rule wins; new customers get their owner at once, existing ones only when you re-assign them.</source>
            <translation>Which user or pool owns the customers of a region. The most specific matching rule wins; new customers get their owner at once, existing ones only when you re-assign them.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Applies to</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>New rule</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Re-assign customers…</source>
            <translation>Re-assign customers…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Test a region</source>
            <translation>Test a region</translation>
        </message>
        <message>
            <source>Explain</source>
            <translation>Explain</translation>
        </message>
        <message>
            <source>A customer in:</source>
            <translation>A customer in:</translation>
        </message>
        <message>
            <source>on:</source>
            <translation>on:</translation>
        </message>
        <message>
            <source>Choose a region (empty: a customer without a region) and a date to see which rule gives the owner.</source>
            <translation>Choose a region (empty: a customer without a region) and a date to see which rule gives the owner.</translation>
        </message>
        <message>
            <source>Region group {name}</source>
            <translation>Region group {name}</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translation>Whole country</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>From {start}</source>
            <translation>From {start}</translation>
        </message>
        <message>
            <source>Until {end}</source>
            <translation>Until {end}</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Always</translation>
        </message>
        <message>
            <source>{pool} (pool)</source>
            <translation>{pool} (pool)</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>Rules: {count} ({active} active)</source>
            <translation>Rules: {count} ({active} active)</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <source>Rule “{name}” was saved. Existing customers keep their owners until you re-assign them.</source>
            <translation>Rule “{name}” was saved. Existing customers keep their owners until you re-assign them.</translation>
        </message>
        <message>
            <source>Deactivate rule</source>
            <translation>Deactivate rule</translation>
        </message>
        <message>
            <source>Deactivate the rule “{name}”? New customers no longer get their owner from it; existing customers keep their owners until you re-assign them.</source>
            <translation>Deactivate the rule “{name}”? New customers no longer get their owner from it; existing customers keep their owners until you re-assign them.</translation>
        </message>
        <message>
            <source>Rule “{name}” is active again.</source>
            <translation>Rule “{name}” is active again.</translation>
        </message>
        <message>
            <source>Rule “{name}” was deactivated.</source>
            <translation>Rule “{name}” was deactivated.</translation>
        </message>
        <message>
            <source>Working out who would move…</source>
            <translation>Working out who would move…</translation>
        </message>
        <message>
            <source>{reason}

Show a new preview?</source>
            <translation>{reason}

Show a new preview?</translation>
        </message>
        <message>
            <source>Re-assign customers</source>
            <translation>Re-assign customers</translation>
        </message>
        <message>
            <source>Re-assigning customers…</source>
            <translation>Re-assigning customers…</translation>
        </message>
        <message>
            <source>{moved} customers were re-assigned.</source>
            <translation>{moved} customers were re-assigned.</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translation>Pick the region from the list, or type its six-digit code.</translation>
        </message>
        <message>
            <source>A customer in {region} on {date} is owned by {owner}, through the rule “{rule}”.</source>
            <translation>A customer in {region} on {date} is owned by {owner}, through the rule “{rule}”.</translation>
        </message>
        <message>
            <source>No rule matches a customer in {region} on {date}: such a customer gets no owner.</source>
            <translation>No rule matches a customer in {region} on {date}: such a customer gets no owner.</translation>
        </message>
        <message>
            <source>A customer without a region on {date} is owned by {owner}, through the rule “{rule}”.</source>
            <translation>A customer without a region on {date} is owned by {owner}, through the rule “{rule}”.</translation>
        </message>
        <message>
            <source>No rule matches a customer without a region on {date}: such a customer gets no owner.</source>
            <translation>No rule matches a customer without a region on {date}: such a customer gets no owner.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the rows</source>
            <translation>Check the rows</translation>
        </message>
        <message>
            <source>What the import will do with each row of the file. Nothing is written until you click Import; then all rows are written together, or none.</source>
            <translation>What the import will do with each row of the file. Nothing is written until you click Import; then all rows are written together, or none.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Service address</source>
            <translation>Service address</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Click to choose…</source>
            <translation>Click to choose…</translation>
        </message>
        <message>
            <source>Only rows with problems</source>
            <translation>Only rows with problems</translation>
        </message>
        <message>
            <source>Leave out duplicates (their phone numbers are already known)</source>
            <translation>Leave out duplicates (their phone numbers are already known)</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>Read the file again</translation>
        </message>
        <message>
            <source>{n} rows have errors. Correct them in the file, save it and click Read the file again; nothing is imported while a row has an error.</source>
            <translation>{n} rows have errors. Correct them in the file, save it and click Read the file again; nothing is imported while a row has an error.</translation>
        </message>
        <message>
            <source>Choose the region of {n} rows: click the Region cell of each row marked Choose a region.</source>
            <translation>Choose the region of {n} rows: click the Region cell of each row marked Choose a region.</translation>
        </message>
        <message>
            <source>{n} rows have a phone number that is already known. Leave out duplicates to import the other rows, or remove them from the file.</source>
            <translation>{n} rows have a phone number that is already known. Leave out duplicates to import the other rows, or remove them from the file.</translation>
        </message>
        <message>
            <source>There is nothing to import.</source>
            <translation>There is nothing to import.</translation>
        </message>
        <message>
            <source>Rows: {n}</source>
            <translation>Rows: {n}</translation>
        </message>
        <message>
            <source>OK: {n}</source>
            <translation>OK: {n}</translation>
        </message>
        <message>
            <source>Errors: {n}</source>
            <translation>Errors: {n}</translation>
        </message>
        <message>
            <source>Duplicates: {n}</source>
            <translation>Duplicates: {n}</translation>
        </message>
        <message>
            <source>Regions to choose: {n} ({chosen} chosen)</source>
            <translation>Regions to choose: {n} ({chosen} chosen)</translation>
        </message>
        <message>
            <source>Ready: {n} customers will be imported in one step. If anything fails, nothing is written.</source>
            <translation>Ready: {n} customers will be imported in one step. If anything fails, nothing is written.</translation>
        </message>
        <message>
            <source>Import {n} customers</source>
            <translation>Import {n} customers</translation>
        </message>
    </context>
    <context>
        <name>ReassignmentDialog</name>
        <message>
            <source>Re-assign customers</source>
            <translation>Re-assign customers</translation>
        </message>
        <message>
            <source>Under the owner rules in force on {date}, {moved} of the {checked} customers you can see get a new owner:</source>
            <translation>Under the owner rules in force on {date}, {moved} of the {checked} customers you can see get a new owner:</translation>
        </message>
        <message>
            <source>Under the owner rules in force on {date}, all {checked} customers you can see keep their owners.</source>
            <translation>Under the owner rules in force on {date}, all {checked} customers you can see keep their owners.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>In total {moved} customers change their owner.</source>
            <translation>In total {moved} customers change their owner.</translation>
        </message>
        <message>
            <source>{count} more customers keep their owner, who is now theirs through a different rule; their link to the rule is updated too.</source>
            <translation>{count} more customers keep their owner, who is now theirs through a different rule; their link to the rule is updated too.</translation>
        </message>
        <message>
            <source>Re-assign {moved} customers</source>
            <translation>Re-assign {moved} customers</translation>
        </message>
        <message>
            <source>Update the rule links</source>
            <translation>Update the rule links</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>RegionChoiceDelegate</name>
        <message>
            <source>Choose the region</source>
            <translation>Choose the region</translation>
        </message>
    </context>
    <context>
        <name>RegionDashboardPage</name>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>None of the customers has a recognised province.</source>
            <translation>None of the customers has a recognised province.</translation>
        </message>
        <message>
            <source>Region group</source>
            <translation>Region group</translation>
        </message>
        <message>
            <source>A customer counts in every group that contains their region, so groups that overlap (a 大区 and a city tier) add up to more than the total.</source>
            <translation>A customer counts in every group that contains their region, so groups that overlap (a 大区 and a city tier) add up to more than the total.</translation>
        </message>
        <message>
            <source>No customer lies in a region group. Region groups are defined on the Regions page.</source>
            <translation>No customer lies in a region group. Region groups are defined on the Regions page.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Owners are assigned by the owner rules; a pool holds customers nobody owns yet.</source>
            <translation>Owners are assigned by the owner rules; a pool holds customers nobody owns yet.</translation>
        </message>
        <message>
            <source>No customer has an owner.</source>
            <translation>No customer has an owner.</translation>
        </message>
        <message>
            <source>By province</source>
            <translation>By province</translation>
        </message>
        <message>
            <source>By region group</source>
            <translation>By region group</translation>
        </message>
        <message>
            <source>By owner</source>
            <translation>By owner</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Region dashboard</source>
            <translation>Region dashboard</translation>
        </message>
        <message>
            <source>How many customers each province, region group and owner has, within your regions. Click a bar, or double-click a row of the table, to see those customers.</source>
            <translation>How many customers each province, region group and owner has, within your regions. Click a bar, or double-click a row of the table, to see those customers.</translation>
        </message>
        <message>
            <source>There are no customers yet.</source>
            <translation>There are no customers yet.</translation>
        </message>
        <message>
            <source>Create or import customers on the Customers page; the figures appear here as soon as there are any.</source>
            <translation>Create or import customers on the Customers page; the figures appear here as soon as there are any.</translation>
        </message>
        <message>
            <source>{pool} (pool)</source>
            <translation>{pool} (pool)</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>Counting customers…</source>
            <translation>Counting customers…</translation>
        </message>
        <message>
            <source>Customers: {total}, of which {without} have no recognised region.</source>
            <translation>Customers: {total}, of which {without} have no recognised region.</translation>
        </message>
        <message>
            <source>Customers: {total}</source>
            <translation>Customers: {total}</translation>
        </message>
        <message>
            <source>“Other” adds up the entries too small for the chart: pick one of them in the table.</source>
            <translation>“Other” adds up the entries too small for the chart: pick one of them in the table.</translation>
        </message>
    </context>
    <context>
        <name>RegionPicker</name>
        <message>
            <source>Type a name or a six-digit code, e.g. 南山区 or 440305</source>
            <translation>Type a name or a six-digit code, e.g. 南山区 or 440305</translation>
        </message>
    </context>
    <context>
        <name>RegionPickers</name>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
    </context>
    <context>
        <name>RegionTreeModel</name>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>{path}
In the group through {region}.</source>
            <translation>{path}
In the group through {region}.</translation>
        </message>
    </context>
    <context>
        <name>RegionsPage</name>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>City tier</source>
            <translation>City tier</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
        <message>
            <source>The administrative regions of China (provinces, prefectures, counties) and the region groups that pricing, workflow and customer rules can refer to: 大区 such as 华南, city tiers such as 一线城市, or any set you need.</source>
            <translation>The administrative regions of China (provinces, prefectures, counties) and the region groups that pricing, workflow and customer rules can refer to: 大区 such as 华南, city tiers such as 一线城市, or any set you need.</translation>
        </message>
        <message>
            <source>Search name, short name or code</source>
            <translation>Search name, short name or code</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <source>Members:</source>
            <translation>Members:</translation>
        </message>
        <message>
            <source>Check the member regions in the tree on the left. A checked province or city is itself the member and covers everything inside it (shown in green); the regions inside are not checked one by one.</source>
            <translation>Check the member regions in the tree on the left. A checked province or city is itself the member and covers everything inside it (shown in green); the regions inside are not checked one by one.</translation>
        </message>
        <message>
            <source>Only administrators can change region groups.</source>
            <translation>Only administrators can change region groups.</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>New group</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Region groups</source>
            <translation>Region groups</translation>
        </message>
        <message>
            <source>{path} · code {code} · {type}</source>
            <translation>{path} · code {code} · {type}</translation>
        </message>
        <message>
            <source>Regions: {count}</source>
            <translation>Regions: {count}</translation>
        </message>
        <message>
            <source>Matching the search: {count}</source>
            <translation>Matching the search: {count}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The changes to the group {name} are not saved. Discard them?</source>
            <translation>The changes to the group {name} are not saved. Discard them?</translation>
        </message>
        <message>
            <source>(new group)</source>
            <translation>(new group)</translation>
        </message>
        <message>
            <source>Group {name}</source>
            <translation>Group {name}</translation>
        </message>
        <message>
            <source>Choose a group, or create a new one</source>
            <translation>Choose a group, or create a new one</translation>
        </message>
        <message>
            <source>none yet: check regions in the tree</source>
            <translation>none yet: check regions in the tree</translation>
        </message>
        <message>
            <source>{count} regions: {names}</source>
            <translation>{count} regions: {names}</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> and {count} more</translation>
        </message>
        <message>
            <source>The group {name} was created.</source>
            <translation>The group {name} was created.</translation>
        </message>
        <message>
            <source>The changes to {name} were saved.</source>
            <translation>The changes to {name} were saved.</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>Delete group</translation>
        </message>
        <message>
            <source>Delete the region group {name}? Rules can no longer refer to it.</source>
            <translation>Delete the region group {name}? Rules can no longer refer to it.</translation>
        </message>
        <message>
            <source>The group {name} was deleted.</source>
            <translation>The group {name} was deleted.</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>This is your own account: the new password applies at once.</source>
            <translation>This is your own account: the new password applies at once.</translation>
        </message>
        <message>
            <source>Set a temporary password for {name} ({username}). They must choose a new password at their next sign-in.</source>
            <translation>Set a temporary password for {name} ({username}). They must choose a new password at their next sign-in.</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>Confirm password:</source>
            <translation>Confirm password:</translation>
        </message>
        <message>
            <source>The two passwords do not match. Type the same password twice.</source>
            <translation>The two passwords do not match. Type the same password twice.</translation>
        </message>
    </context>
    <context>
        <name>ScrmError</name>
        <message>
            <source>The company name must not be empty.</source>
            <translation>The company name must not be empty.</translation>
        </message>
        <message>
            <source>“{tax_id}” is not a valid unified social credit code (18 characters with a correct check character).</source>
            <translation>“{tax_id}” is not a valid unified social credit code (18 characters with a correct check character).</translation>
        </message>
        <message>
            <source>“{phone}” is not a phone number.</source>
            <translation>“{phone}” is not a phone number.</translation>
        </message>
        <message>
            <source>The branch code must be 1–16 capital letters or digits.</source>
            <translation>The branch code must be 1–16 capital letters or digits.</translation>
        </message>
        <message>
            <source>The logo is larger than 1 MB.</source>
            <translation>The logo is larger than 1 MB.</translation>
        </message>
        <message>
            <source>The logo must be a PNG or JPEG image.</source>
            <translation>The logo must be a PNG or JPEG image.</translation>
        </message>
        <message>
            <source>{entity} was deleted by someone else. Reload and try again.</source>
            <translation>{entity} was deleted by someone else. Reload and try again.</translation>
        </message>
        <message>
            <source>{entity} was changed by {user} at {time} after you opened it. Reload and try again.</source>
            <translation>{entity} was changed by {user} at {time} after you opened it. Reload and try again.</translation>
        </message>
        <message>
            <source>The database is not empty; demo data goes into a new database only.</source>
            <translation>The database is not empty; demo data goes into a new database only.</translation>
        </message>
        <message>
            <source>The task was cancelled.</source>
            <translation>The task was cancelled.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>“{text}” is not an amount.</translation>
        </message>
        <message>
            <source>{text} is too large an amount.</source>
            <translation>{text} is too large an amount.</translation>
        </message>
        <message>
            <source>{text} has more than two decimals.</source>
            <translation>{text} has more than two decimals.</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>manage users</translation>
        </message>
        <message>
            <source>edit company details</source>
            <translation>edit company details</translation>
        </message>
        <message>
            <source>view the audit log</source>
            <translation>view the audit log</translation>
        </message>
        <message>
            <source>view personal data</source>
            <translation>view personal data</translation>
        </message>
        <message>
            <source>edit the national catalog</source>
            <translation>edit the national catalog</translation>
        </message>
        <message>
            <source>edit the regional catalog</source>
            <translation>edit the regional catalog</translation>
        </message>
        <message>
            <source>edit prices</source>
            <translation>edit prices</translation>
        </message>
        <message>
            <source>manage customers</source>
            <translation>manage customers</translation>
        </message>
        <message>
            <source>manage region groups</source>
            <translation>manage region groups</translation>
        </message>
        <message>
            <source>manage customer owner rules</source>
            <translation>manage customer owner rules</translation>
        </message>
        <message>
            <source>dispatch work orders</source>
            <translation>dispatch work orders</translation>
        </message>
        <message>
            <source>manage settlement statements</source>
            <translation>manage settlement statements</translation>
        </message>
        <message>
            <source>design workflows and forms</source>
            <translation>design workflows and forms</translation>
        </message>
        <message>
            <source>view own earnings</source>
            <translation>view own earnings</translation>
        </message>
        <message>
            <source>{user} is not allowed to {permission}.</source>
            <translation>{user} is not allowed to {permission}.</translation>
        </message>
        <message>
            <source>The file {file} is larger than {mb} MB.</source>
            <translation>The file {file} is larger than {mb} MB.</translation>
        </message>
        <message>
            <source>The file {file} has more than {n} rows; split it into smaller files.</source>
            <translation>The file {file} has more than {n} rows; split it into smaller files.</translation>
        </message>
        <message>
            <source>The file {file} is neither UTF-8 nor GB18030 (GBK) text.</source>
            <translation>The file {file} is neither UTF-8 nor GB18030 (GBK) text.</translation>
        </message>
        <message>
            <source>Line {line} of {file} is not valid CSV: {reason}</source>
            <translation>Line {line} of {file} is not valid CSV: {reason}</translation>
        </message>
        <message>
            <source>The file {file} is not an Excel workbook (.xlsx).</source>
            <translation>The file {file} is not an Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <source>The file {file} cannot be read as an Excel workbook: {reason}</source>
            <translation>The file {file} cannot be read as an Excel workbook: {reason}</translation>
        </message>
        <message>
            <source>The file {file} cannot be opened.</source>
            <translation>The file {file} cannot be opened.</translation>
        </message>
        <message>
            <source>Import reads .xlsx and .csv files, not {suffix}.</source>
            <translation>Import reads .xlsx and .csv files, not {suffix}.</translation>
        </message>
        <message>
            <source>The file {file} is empty.</source>
            <translation>The file {file} is empty.</translation>
        </message>
        <message>
            <source>“{name}” is not a customer field.</source>
            <translation>“{name}” is not a customer field.</translation>
        </message>
        <message>
            <source>The file has no column {column}.</source>
            <translation>The file has no column {column}.</translation>
        </message>
        <message>
            <source>A column can be used for one field only.</source>
            <translation>A column can be used for one field only.</translation>
        </message>
        <message>
            <source>Choose the column that holds the customer name.</source>
            <translation>Choose the column that holds the customer name.</translation>
        </message>
        <message>
            <source>The phone number {phone} was shortened by the spreadsheet; format the column as text and enter the numbers again.</source>
            <translation>The phone number {phone} was shortened by the spreadsheet; format the column as text and enter the numbers again.</translation>
        </message>
        <message>
            <source>Region {region} is outside the regions of {user}.</source>
            <translation>Region {region} is outside the regions of {user}.</translation>
        </message>
        <message>
            <source>Row {earlier} of the file has the same phone number.</source>
            <translation>Row {earlier} of the file has the same phone number.</translation>
        </message>
        <message>
            <source>The address “{address}” fits several regions: {candidates}. Choose one.</source>
            <translation>The address “{address}” fits several regions: {candidates}. Choose one.</translation>
        </message>
        <message>
            <source>The address lies in {address_region}, but the region columns say {column_region}.</source>
            <translation>The address lies in {address_region}, but the region columns say {column_region}.</translation>
        </message>
        <message>
            <source>The cell in column “{column}” holds a formula; import values only.</source>
            <translation>The cell in column “{column}” holds a formula; import values only.</translation>
        </message>
        <message>
            <source>{n} rows cannot be imported, so nothing was imported. The first one is row {number}.</source>
            <translation>{n} rows cannot be imported, so nothing was imported. The first one is row {number}.</translation>
        </message>
        <message>
            <source>Row {number} does not need a region choice.</source>
            <translation>Row {number} does not need a region choice.</translation>
        </message>
        <message>
            <source>Export writes .xlsx and .csv files, not {suffix}.</source>
            <translation>Export writes .xlsx and .csv files, not {suffix}.</translation>
        </message>
        <message>
            <source>The password must have at least {n} characters.</source>
            <translation>The password must have at least {n} characters.</translation>
        </message>
        <message>
            <source>The password must not start or end with spaces.</source>
            <translation>The password must not start or end with spaces.</translation>
        </message>
        <message>
            <source>The user name “{username}” must be 2–64 letters, digits or . _ - @ (no spaces).</source>
            <translation>The user name “{username}” must be 2–64 letters, digits or . _ - @ (no spaces).</translation>
        </message>
        <message>
            <source>The phone number {phone} is masked; enter the full number.</source>
            <translation>The phone number {phone} is masked; enter the full number.</translation>
        </message>
        <message>
            <source>“{phone}” is not a phone number: a mobile has 11 digits, a landline starts with its area code.</source>
            <translation>“{phone}” is not a phone number: a mobile has 11 digits, a landline starts with its area code.</translation>
        </message>
        <message>
            <source>The name must not be empty.</source>
            <translation>The name must not be empty.</translation>
        </message>
        <message>
            <source>The name must not be longer than {n} characters.</source>
            <translation>The name must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>The address must not be longer than {n} characters.</source>
            <translation>The address must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>The notes must not be longer than {n} characters.</source>
            <translation>The notes must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>The tag “{tag}” is longer than {n} characters.</source>
            <translation>The tag “{tag}” is longer than {n} characters.</translation>
        </message>
        <message>
            <source>A customer can have at most {n} tags.</source>
            <translation>A customer can have at most {n} tags.</translation>
        </message>
        <message>
            <source>“{channel}” is not a channel; use one of {channels}.</source>
            <translation>“{channel}” is not a channel; use one of {channels}.</translation>
        </message>
        <message>
            <source>The {channel} id must not be longer than {n} characters.</source>
            <translation>The {channel} id must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>“{code}” is not a region code.</source>
            <translation>“{code}” is not a region code.</translation>
        </message>
        <message>
            <source>The customer no longer exists.</source>
            <translation>The customer no longer exists.</translation>
        </message>
        <message>
            <source>Someone else just saved a customer with this phone number. Reload and try again.</source>
            <translation>Someone else just saved a customer with this phone number. Reload and try again.</translation>
        </message>
        <message>
            <source>The customer {customer} already has this phone number.</source>
            <translation>The customer {customer} already has this phone number.</translation>
        </message>
        <message>
            <source>A customer outside your regions already has this phone number.</source>
            <translation>A customer outside your regions already has this phone number.</translation>
        </message>
        <message>
            <source>The owner rule no longer exists.</source>
            <translation>The owner rule no longer exists.</translation>
        </message>
        <message>
            <source>The rule needs a name.</source>
            <translation>The rule needs a name.</translation>
        </message>
        <message>
            <source>Choose either a user or a pool as the owner, not both and not neither.</source>
            <translation>Choose either a user or a pool as the owner, not both and not neither.</translation>
        </message>
        <message>
            <source>The pool name must not be longer than {n} characters.</source>
            <translation>The pool name must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>The owner must be an active user.</source>
            <translation>The owner must be an active user.</translation>
        </message>
        <message>
            <source>A rule applies to a region or to a region group, not to both.</source>
            <translation>A rule applies to a region or to a region group, not to both.</translation>
        </message>
        <message>
            <source>The region group no longer exists.</source>
            <translation>The region group no longer exists.</translation>
        </message>
        <message>
            <source>{user} may only make rules for a region inside their own regions.</source>
            <translation>{user} may only make rules for a region inside their own regions.</translation>
        </message>
        <message>
            <source>The rule must start on or before the day it ends.</source>
            <translation>The rule must start on or before the day it ends.</translation>
        </message>
        <message>
            <source>Customers or owner rules changed after the preview. Preview the re-assignment again.</source>
            <translation>Customers or owner rules changed after the preview. Preview the re-assignment again.</translation>
        </message>
        <message>
            <source>“{role}” is not a role.</source>
            <translation>“{role}” is not a role.</translation>
        </message>
        <message>
            <source>Choose at least one role.</source>
            <translation>Choose at least one role.</translation>
        </message>
        <message>
            <source>“{code}” is not a 6-digit region code.</source>
            <translation>“{code}” is not a 6-digit region code.</translation>
        </message>
        <message>
            <source>The user no longer exists.</source>
            <translation>The user no longer exists.</translation>
        </message>
        <message>
            <source>{user} is the last active administrator and must stay one.</source>
            <translation>{user} is the last active administrator and must stay one.</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>The user name or the password is wrong.</translation>
        </message>
        <message>
            <source>The account {username} is disabled. Ask an administrator.</source>
            <translation>The account {username} is disabled. Ask an administrator.</translation>
        </message>
        <message>
            <source>Too many wrong passwords. The account is locked for {minutes} more minutes.</source>
            <translation>Too many wrong passwords. The account is locked for {minutes} more minutes.</translation>
        </message>
        <message>
            <source>The database already has users; sign in instead.</source>
            <translation>The database already has users; sign in instead.</translation>
        </message>
        <message>
            <source>The user name {username} is already taken.</source>
            <translation>The user name {username} is already taken.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>You cannot disable your own account.</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <source>The new password must differ from the current one.</source>
            <translation>The new password must differ from the current one.</translation>
        </message>
        <message>
            <source>Choose the file of the SQLite database.</source>
            <translation>Choose the file of the SQLite database.</translation>
        </message>
        <message>
            <source>Enter the host name of the PostgreSQL server.</source>
            <translation>Enter the host name of the PostgreSQL server.</translation>
        </message>
        <message>
            <source>Enter the name of the PostgreSQL database.</source>
            <translation>Enter the name of the PostgreSQL database.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>Cannot read {path}: {reason}</translation>
        </message>
        <message>
            <source>The group name must not be empty.</source>
            <translation>The group name must not be empty.</translation>
        </message>
        <message>
            <source>The group name must not be longer than {n} characters.</source>
            <translation>The group name must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>A region group named {name} already exists.</source>
            <translation>A region group named {name} already exists.</translation>
        </message>
        <message>
            <source>“{kind}” is not a kind of region group.</source>
            <translation>“{kind}” is not a kind of region group.</translation>
        </message>
        <message>
            <source>The description must not be longer than {n} characters.</source>
            <translation>The description must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>The region group {name} is used by {count} rules ({rules}). Change or delete those rules first.</source>
            <translation>The region group {name} is used by {count} rules ({rules}). Change or delete those rules first.</translation>
        </message>
        <message>
            <source>Rule “{rule}” could tie with rule “{other}” (for example in {region}). Make one more specific or give it a different priority.</source>
            <translation>Rule “{rule}” could tie with rule “{other}” (for example in {region}). Make one more specific or give it a different priority.</translation>
        </message>
        <message>
            <source>any region</source>
            <translation>any region</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Where the data is stored</source>
            <translation>Where the data is stored</translation>
        </message>
        <message>
            <source>SQLite file (this computer)</source>
            <translation>SQLite file (this computer)</translation>
        </message>
        <message>
            <source>PostgreSQL server (shared)</source>
            <translation>PostgreSQL server (shared)</translation>
        </message>
        <message>
            <source>Connection URL:</source>
            <translation>Connection URL:</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Test connection</translation>
        </message>
        <message>
            <source>A different database is opened after the application restarts.</source>
            <translation>A different database is opened after the application restarts.</translation>
        </message>
        <message>
            <source>The environment variable SCRM_DATABASE_URL is set; it takes precedence over this setting.</source>
            <translation>The environment variable SCRM_DATABASE_URL is set; it takes precedence over this setting.</translation>
        </message>
        <message>
            <source>Open now: {database}</source>
            <translation>Open now: {database}</translation>
        </message>
        <message>
            <source>SQLite file</source>
            <translation>SQLite file</translation>
        </message>
        <message>
            <source>Path of the database file</source>
            <translation>Path of the database file</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>One file on this computer: for a single office, also without a network. A file that does not exist yet is created at start-up.</source>
            <translation>One file on this computer: for a single office, also without a network. A file that does not exist yet is created at start-up.</translation>
        </message>
        <message>
            <source>PostgreSQL server</source>
            <translation>PostgreSQL server</translation>
        </message>
        <message>
            <source>e.g. db.example.com</source>
            <translation>e.g. db.example.com</translation>
        </message>
        <message>
            <source>e.g. scrm</source>
            <translation>e.g. scrm</translation>
        </message>
        <message>
            <source>Empty: your operating-system user name</source>
            <translation>Empty: your operating-system user name</translation>
        </message>
        <message>
            <source>Prefer encryption</source>
            <translation>Prefer encryption</translation>
        </message>
        <message>
            <source>Require encryption</source>
            <translation>Require encryption</translation>
        </message>
        <message>
            <source>No encryption</source>
            <translation>No encryption</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Host:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>SSL mode:</source>
            <translation>SSL mode:</translation>
        </message>
        <message>
            <source>The password is not saved. Put it in ~/.pgpass (or PGPASSWORD), or you will be asked for it when the app starts.</source>
            <translation>The password is not saved. Put it in ~/.pgpass (or PGPASSWORD), or you will be asked for it when the app starts.</translation>
        </message>
        <message>
            <source>Choose the database file</source>
            <translation>Choose the database file</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>Testing the database connection…</source>
            <translation>Testing the database connection…</translation>
        </message>
        <message>
            <source>The test was cancelled.</source>
            <translation>The test was cancelled.</translation>
        </message>
        <message>
            <source>The file does not exist yet; it is created when the application starts.</source>
            <translation>The file does not exist yet; it is created when the application starts.</translation>
        </message>
        <message>
            <source>Connected: {server}. The database is empty; the tables are created when the application starts.</source>
            <translation>Connected: {server}. The database is empty; the tables are created when the application starts.</translation>
        </message>
        <message>
            <source>Connected: {server}, schema revision {revision}, which is newer than this version of the application knows. Update the application first.</source>
            <translation>Connected: {server}, schema revision {revision}, which is newer than this version of the application knows. Update the application first.</translation>
        </message>
        <message>
            <source>Connected: {server}, schema revision {revision} (up to date).</source>
            <translation>Connected: {server}, schema revision {revision} (up to date).</translation>
        </message>
        <message>
            <source>Connected: {server}, schema revision {revision}; it is upgraded to {head} when the application starts.</source>
            <translation>Connected: {server}, schema revision {revision}; it is upgraded to {head} when the application starts.</translation>
        </message>
        <message>
            <source>Connection failed: {reason}</source>
            <translation>Connection failed: {reason}</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Interface language:</translation>
        </message>
        <message>
            <source>The new language applies after the application restarts.</source>
            <translation>The new language applies after the application restarts.</translation>
        </message>
        <message>
            <source>The company details are stored in the database. Sign in to see or change them.</source>
            <translation>The company details are stored in the database. Sign in to see or change them.</translation>
        </message>
        <message>
            <source>The company details could not be loaded: {reason}</source>
            <translation>The company details could not be loaded: {reason}</translation>
        </message>
        <message>
            <source>Settlement statements print these details.</source>
            <translation>Settlement statements print these details.</translation>
        </message>
        <message>
            <source>Settlement statements print these details. You may not change them; ask an administrator.</source>
            <translation>Settlement statements print these details. You may not change them; ask an administrator.</translation>
        </message>
        <message>
            <source>Company details</source>
            <translation>Company details</translation>
        </message>
        <message>
            <source>18 characters</source>
            <translation>18 characters</translation>
        </message>
        <message>
            <source>e.g. GZ</source>
            <translation>e.g. GZ</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Unified social credit code:</source>
            <translation>Unified social credit code:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Branch code:</source>
            <translation>Branch code:</translation>
        </message>
        <message>
            <source>Part of every document number, e.g. WO-GZ-… and JS-GZ-…; capital letters and digits.</source>
            <translation>Part of every document number, e.g. WO-GZ-… and JS-GZ-…; capital letters and digits.</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>PNG or JPEG, at most 1 MB.</source>
            <translation>PNG or JPEG, at most 1 MB.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>No logo</translation>
        </message>
        <message>
            <source>Not an image</source>
            <translation>Not an image</translation>
        </message>
        <message>
            <source>Choose the company logo</source>
            <translation>Choose the company logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>TraceTexts</name>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Matched through</source>
            <translation>Matched through</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Chosen</translation>
        </message>
        <message>
            <source>Matches, lost</source>
            <translation>Matches, lost</translation>
        </message>
        <message>
            <source>Does not match</source>
            <translation>Does not match</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translation>Whole country</translation>
        </message>
        <message>
            <source>{region} (in group {group})</source>
            <translation>{region} (in group {group})</translation>
        </message>
        <message>
            <source>the whole country</source>
            <translation>the whole country</translation>
        </message>
        <message>
            <source>a province</source>
            <translation>a province</translation>
        </message>
        <message>
            <source>a city</source>
            <translation>a city</translation>
        </message>
        <message>
            <source>a district</source>
            <translation>a district</translation>
        </message>
        <message>
            <source>a region</source>
            <translation>a region</translation>
        </message>
        <message>
            <source>Ranks above the {count} other matching rules.</source>
            <translation>Ranks above the {count} other matching rules.</translation>
        </message>
        <message>
            <source>The only rule that matches.</source>
            <translation>The only rule that matches.</translation>
        </message>
        <message>
            <source>Lost: the winner matches a more specific region ({winner}, this rule {mine}).</source>
            <translation>Lost: the winner matches a more specific region ({winner}, this rule {mine}).</translation>
        </message>
        <message>
            <source>Lost: the winner names the region directly; this rule matches through a region group.</source>
            <translation>Lost: the winner names the region directly; this rule matches through a region group.</translation>
        </message>
        <message>
            <source>Lost: the winner matches more dimensions ({winner}, this rule {mine}).</source>
            <translation>Lost: the winner matches more dimensions ({winner}, this rule {mine}).</translation>
        </message>
        <message>
            <source>Lost: the winner has a higher priority ({winner}, this rule {mine}).</source>
            <translation>Lost: the winner has a higher priority ({winner}, this rule {mine}).</translation>
        </message>
        <message>
            <source>Lost: the winner started later ({winner}, this rule {mine}).</source>
            <translation>Lost: the winner started later ({winner}, this rule {mine}).</translation>
        </message>
        <message>
            <source>Ties with the winner, and the older rule wins. Such a tie should have been refused when the rules were saved: make one of them more specific.</source>
            <translation>Ties with the winner, and the older rule wins. Such a tie should have been refused when the rules were saved: make one of them more specific.</translation>
        </message>
        <message>
            <source>no start date</source>
            <translation>no start date</translation>
        </message>
        <message>
            <source>provider type</source>
            <translation>provider type</translation>
        </message>
        <message>
            <source>scenario</source>
            <translation>scenario</translation>
        </message>
        <message>
            <source>item category</source>
            <translation>item category</translation>
        </message>
        <message>
            <source>complexity</source>
            <translation>complexity</translation>
        </message>
        <message>
            <source>No region is given; the rule needs one in {region}.</source>
            <translation>No region is given; the rule needs one in {region}.</translation>
        </message>
        <message>
            <source>No region is given; the rule needs one in region group {group}.</source>
            <translation>No region is given; the rule needs one in region group {group}.</translation>
        </message>
        <message>
            <source>Region {region} is unknown.</source>
            <translation>Region {region} is unknown.</translation>
        </message>
        <message>
            <source>{region} is not within {rule_region}.</source>
            <translation>{region} is not within {rule_region}.</translation>
        </message>
        <message>
            <source>{region} is not in region group {group}.</source>
            <translation>{region} is not in region group {group}.</translation>
        </message>
        <message>
            <source>The rule needs {dimension} {value}, and none is given.</source>
            <translation>The rule needs {dimension} {value}, and none is given.</translation>
        </message>
        <message>
            <source>The rule needs {dimension} {rule_value}, not {value}.</source>
            <translation>The rule needs {dimension} {rule_value}, not {value}.</translation>
        </message>
        <message>
            <source>Valid only from {start}.</source>
            <translation>Valid only from {start}.</translation>
        </message>
        <message>
            <source>Valid only until {end}.</source>
            <translation>Valid only until {end}.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>New user</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>Edit user {name}</source>
            <translation>Edit user {name}</translation>
        </message>
        <message>
            <source>e.g. 450000, 450100 (empty: the whole country)</source>
            <translation>e.g. 450000, 450100 (empty: the whole country)</translation>
        </message>
        <message>
            <source>Must change the password at the next sign-in</source>
            <translation>Must change the password at the next sign-in</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Confirm password:</source>
            <translation>Confirm password:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Roles:</translation>
        </message>
        <message>
            <source>Six-digit region codes separated by commas or spaces. The user may work in these regions and everything inside them. Leave empty for the whole country.</source>
            <translation>Six-digit region codes separated by commas or spaces. The user may work in these regions and everything inside them. Leave empty for the whole country.</translation>
        </message>
        <message>
            <source>Regions:</source>
            <translation>Regions:</translation>
        </message>
        <message>
            <source>Create user</source>
            <translation>Create user</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>The two passwords do not match. Type the same password twice.</source>
            <translation>The two passwords do not match. Type the same password twice.</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Search user name, name or role</source>
            <translation>Search user name, name or role</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Accounts that can sign in, their roles and the regions they work in. Accounts are never deleted: disable them instead, so the audit log keeps its history.</source>
            <translation>Accounts that can sign in, their roles and the regions they work in. Accounts are never deleted: disable them instead, so the audit log keeps its history.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Last sign-in</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Disable</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>Must change password</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Users: {count}</source>
            <translation>Users: {count}</translation>
        </message>
        <message>
            <source>Matching the search: {shown} of {total}</source>
            <translation>Matching the search: {shown} of {total}</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Enable</translation>
        </message>
        <message>
            <source>The password of {name} was reset.</source>
            <translation>The password of {name} was reset.</translation>
        </message>
        <message>
            <source>User {name} was created.</source>
            <translation>User {name} was created.</translation>
        </message>
        <message>
            <source>The changes to {name} were saved.</source>
            <translation>The changes to {name} were saved.</translation>
        </message>
        <message>
            <source>Disable user</source>
            <translation>Disable user</translation>
        </message>
        <message>
            <source>Disable the account of {name} ({username})? They can no longer sign in. The account and its history are kept, and you can enable it again later.</source>
            <translation>Disable the account of {name} ({username})? They can no longer sign in. The account and its history are kept, and you can enable it again later.</translation>
        </message>
        <message>
            <source>{name} can sign in again.</source>
            <translation>{name} can sign in again.</translation>
        </message>
        <message>
            <source>{name} was disabled.</source>
            <translation>{name} was disabled.</translation>
        </message>
    </context>
</TS>
