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
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
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
            <source>Region {region} is outside the regions of {user}.</source>
            <translation>Region {region} is outside the regions of {user}.</translation>
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
            <source>The name must not be empty.</source>
            <translation>The name must not be empty.</translation>
        </message>
        <message>
            <source>The name must not be longer than {n} characters.</source>
            <translation>The name must not be longer than {n} characters.</translation>
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
