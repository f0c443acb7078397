<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ActiveNodeCard</name>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>{time} left</translation>
        </message>
        <message>
            <source>Stage:</source>
            <translation>Stage:</translation>
        </message>
        <message>
            <source>Approvers:</source>
            <translation>Approvers:</translation>
        </message>
        <message>
            <source>Assignee:</source>
            <translation>Assignee:</translation>
        </message>
        <message>
            <source>Entered:</source>
            <translation>Entered:</translation>
        </message>
        <message>
            <source>Due:</source>
            <translation>Due:</translation>
        </message>
        <message>
            <source>Votes so far:</source>
            <translation>Votes so far:</translation>
        </message>
        <message>
            <source>Waiting for {assignee}.</source>
            <translation>Waiting for {assignee}.</translation>
        </message>
        <message>
            <source>Waiting for the approvers.</source>
            <translation>Waiting for the approvers.</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation>Comment (optional)</translation>
        </message>
        <message>
            <source>Submit and advance</source>
            <translation>Submit and advance</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>Reject…</translation>
        </message>
        <message>
            <source>Send back…</source>
            <translation>Send back…</translation>
        </message>
        <message>
            <source>No time limit</source>
            <translation>No time limit</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} d {hours} h</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>None yet</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>{who}: {vote}</source>
            <translation>{who}: {vote}</translation>
        </message>
    </context>
    <context>
        <name>AdjustDialog</name>
        <message>
            <source>Adjust prices</source>
            <translation>Adjust prices</translation>
        </message>
        <message>
            <source>By percent (+/- %)</source>
            <translation>By percent (+/- %)</translation>
        </message>
        <message>
            <source>By amount (+/- yuan)</source>
            <translation>By amount (+/- yuan)</translation>
        </message>
        <message>
            <source>e.g. 5 or -2.5</source>
            <translation>e.g. 5 or -2.5</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Round half up</source>
            <translation>Round half up</translation>
        </message>
        <message>
            <source>Adjust the {count} selected prices.</source>
            <translation>Adjust the {count} selected prices.</translation>
        </message>
        <message>
            <source>Cells without a price are left as they are. The result is rounded half up.</source>
            <translation>Cells without a price are left as they are. The result is rounded half up.</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>“{text}” is not a number.</translation>
        </message>
    </context>
    <context>
        <name>AdjustmentsEditor</name>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Why, e.g. 客户好评奖励</source>
            <translation>Why, e.g. 客户好评奖励</translation>
        </message>
        <message>
            <source>Add adjustment</source>
            <translation>Add adjustment</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Amount:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>A bonus adds to the earnings and a deduction takes away: type the amount as a positive number, a deduction is stored as a negative one. Corrections and others count as typed.</source>
            <translation>A bonus adds to the earnings and a deduction takes away: type the amount as a positive number, a deduction is stored as a negative one. Corrections and others count as typed.</translation>
        </message>
        <message>
            <source>Whole crew by shares</source>
            <translation>Whole crew by shares</translation>
        </message>
        <message>
            <source>Type a positive amount; a deduction is stored as a negative one.</source>
            <translation>Type a positive amount; a deduction is stored as a negative one.</translation>
        </message>
        <message>
            <source>Type a positive amount.</source>
            <translation>Type a positive amount.</translation>
        </message>
        <message>
            <source>Type a negative amount to take money away.</source>
            <translation>Type a negative amount to take money away.</translation>
        </message>
        <message>
            <source>Counts as {amount}</source>
            <translation>Counts as {amount}</translation>
        </message>
        <message>
            <source>Type the amount of the adjustment.</source>
            <translation>Type the amount of the adjustment.</translation>
        </message>
        <message>
            <source>Say why: every adjustment needs a reason.</source>
            <translation>Say why: every adjustment needs a reason.</translation>
        </message>
    </context>
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
        <name>BatchExportDialog</name>
        <message>
            <source>Export PDFs</source>
            <translation>Export PDFs</translation>
        </message>
        <message>
            <source>One PDF file per statement, into a folder</source>
            <translation>One PDF file per statement, into a folder</translation>
        </message>
        <message>
            <source>All statements in one PDF file (for printing)</source>
            <translation>All statements in one PDF file (for printing)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Export {count} statements as PDF.</source>
            <translation>Export {count} statements as PDF.</translation>
        </message>
        <message>
            <source>Save the merged PDF</source>
            <translation>Save the merged PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Folder for the PDF files</source>
            <translation>Folder for the PDF files</translation>
        </message>
        <message>
            <source>Choose a folder or a file first.</source>
            <translation>Choose a folder or a file first.</translation>
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
        <name>CatalogItemsPage</name>
        <message>
            <source>National</source>
            <translation>National</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>Complexity</translation>
        </message>
        <message>
            <source>Owner region</source>
            <translation>Owner region</translation>
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
            <source>Search code, name or specification</source>
            <translation>Search code, name or specification</translation>
        </message>
        <message>
            <source>Show inactive</source>
            <translation>Show inactive</translation>
        </message>
        <message>
            <source>Service items</source>
            <translation>Service items</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>New item</translation>
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
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>New category under the selected one</source>
            <translation>New category under the selected one</translation>
        </message>
        <message>
            <source>Rename or move the selected category</source>
            <translation>Rename or move the selected category</translation>
        </message>
        <message>
            <source>Delete the selected category (only when it is empty)</source>
            <translation>Delete the selected category (only when it is empty)</translation>
        </message>
        <message>
            <source>Rows: {count}</source>
            <translation>Rows: {count}</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} rows</source>
            <translation>Showing {shown} of {total} rows</translation>
        </message>
        <message>
            <source>This row belongs to the national catalog. Only administrators and pricing managers can change it.</source>
            <translation>This row belongs to the national catalog. Only administrators and pricing managers can change it.</translation>
        </message>
        <message>
            <source>This row belongs to {region}, outside your regions.</source>
            <translation>This row belongs to {region}, outside your regions.</translation>
        </message>
        <message>
            <source>Edit the selected row</source>
            <translation>Edit the selected row</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <source>Only administrators and pricing managers can change the categories.</source>
            <translation>Only administrators and pricing managers can change the categories.</translation>
        </message>
        <message>
            <source>Saved {code} {name}.</source>
            <translation>Saved {code} {name}.</translation>
        </message>
        <message>
            <source>{code} is active again.</source>
            <translation>{code} is active again.</translation>
        </message>
        <message>
            <source>{code} was deactivated.</source>
            <translation>{code} was deactivated.</translation>
        </message>
        <message>
            <source>Saved the category {path}.</source>
            <translation>Saved the category {path}.</translation>
        </message>
        <message>
            <source>Delete category</source>
            <translation>Delete category</translation>
        </message>
        <message>
            <source>Delete the empty category {path}?</source>
            <translation>Delete the empty category {path}?</translation>
        </message>
        <message>
            <source>Deleted the category {path}.</source>
            <translation>Deleted the category {path}.</translation>
        </message>
    </context>
    <context>
        <name>CatalogLinesEditor</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Settlement price</source>
            <translation>Settlement price</translation>
        </message>
        <message>
            <source>Settlement amount</source>
            <translation>Settlement amount</translation>
        </message>
        <message>
            <source>Sales price</source>
            <translation>Sales price</translation>
        </message>
        <message>
            <source>Sales amount</source>
            <translation>Sales amount</translation>
        </message>
        <message>
            <source>No price</source>
            <translation>No price</translation>
        </message>
        <message>
            <source>Type a code or name and pick a service item or part</source>
            <translation>Type a code or name and pick a service item or part</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Add line</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>Quantity:</translation>
        </message>
        <message>
            <source>No prices: {problem}</source>
            <translation>No prices: {problem}</translation>
        </message>
        <message>
            <source>Pick a service item or part from the list.</source>
            <translation>Pick a service item or part from the list.</translation>
        </message>
    </context>
    <context>
        <name>CatalogPages</name>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
    </context>
    <context>
        <name>CategoryDialog</name>
        <message>
            <source>New category</source>
            <translation>New category</translation>
        </message>
        <message>
            <source>Category {name}</source>
            <translation>Category {name}</translation>
        </message>
        <message>
            <source>e.g. AC-INSTALL</source>
            <translation>e.g. AC-INSTALL</translation>
        </message>
        <message>
            <source>(top level)</source>
            <translation>(top level)</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Parent:</source>
            <translation>Parent:</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Tier rules refer to categories by their code; keep codes stable once rules use them.</source>
            <translation>Tier rules refer to categories by their code; keep codes stable once rules use them.</translation>
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
        <name>ChangesModel</name>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Changed fields</source>
            <translation>Changed fields</translation>
        </message>
    </context>
    <context>
        <name>ConditionEditor</name>
        <message>
            <source>equals</source>
            <translation>equals</translation>
        </message>
        <message>
            <source>does not equal</source>
            <translation>does not equal</translation>
        </message>
        <message>
            <source>greater than</source>
            <translation>greater than</translation>
        </message>
        <message>
            <source>at least</source>
            <translation>at least</translation>
        </message>
        <message>
            <source>less than</source>
            <translation>less than</translation>
        </message>
        <message>
            <source>at most</source>
            <translation>at most</translation>
        </message>
        <message>
            <source>is one of</source>
            <translation>is one of</translation>
        </message>
        <message>
            <source>is none of</source>
            <translation>is none of</translation>
        </message>
        <message>
            <source>contains</source>
            <translation>contains</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>is empty</translation>
        </message>
        <message>
            <source>is not empty</source>
            <translation>is not empty</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>amount</translation>
        </message>
        <message>
            <source>number</source>
            <translation>number</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>yes/no</translation>
        </message>
        <message>
            <source>choice</source>
            <translation>choice</translation>
        </message>
        <message>
            <source>form field</source>
            <translation>form field</translation>
        </message>
        <message>
            <source>Settlement amount</source>
            <translation>Settlement amount</translation>
        </message>
        <message>
            <source>Sales amount</source>
            <translation>Sales amount</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Provider type</source>
            <translation>Provider type</translation>
        </message>
        <message>
            <source>Region code</source>
            <translation>Region code</translation>
        </message>
        <message>
            <source>Province code</source>
            <translation>Province code</translation>
        </message>
        <message>
            <source>City code</source>
            <translation>City code</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>Complexity</translation>
        </message>
        <message>
            <source>Number of lines</source>
            <translation>Number of lines</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Write one or more values, separated by commas.</source>
            <translation>Write one or more values, separated by commas.</translation>
        </message>
        <message>
            <source>'{value}' is not a number.</source>
            <translation>'{value}' is not a number.</translation>
        </message>
        <message>
            <source>Choose yes or no.</source>
            <translation>Choose yes or no.</translation>
        </message>
        <message>
            <source>Write a value to compare with.</source>
            <translation>Write a value to compare with.</translation>
        </message>
        <message>
            <source>all of these hold</source>
            <translation>all of these hold</translation>
        </message>
        <message>
            <source>any of these holds</source>
            <translation>any of these holds</translation>
        </message>
        <message>
            <source>Add comparison</source>
            <translation>Add comparison</translation>
        </message>
        <message>
            <source>Take this path when</source>
            <translation>Take this path when</translation>
        </message>
        <message>
            <source>Operators: == != &gt; &gt;= &lt; &lt;= in, not in, and, or, not; functions: empty(x), contains(x, 'text'), len, min, max, round, upper, lower, startswith.</source>
            <translation>Operators: == != &gt; &gt;= &lt; &lt;= in, not in, and, or, not; functions: empty(x), contains(x, 'text'), len, min, max, round, upper, lower, startswith.</translation>
        </message>
        <message>
            <source>Builder</source>
            <translation>Builder</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Remove condition</source>
            <translation>Remove condition</translation>
        </message>
        <message>
            <source>an unknown language</source>
            <translation>an unknown language</translation>
        </message>
        <message>
            <source>⚠ This condition was imported in {language}, which this program never executes, so the workflow cannot be published yet. Write the condition again below and apply it; the imported one is then removed.</source>
            <translation>⚠ This condition was imported in {language}, which this program never executes, so the workflow cannot be published yet. Write the condition again below and apply it; the imported one is then removed.</translation>
        </message>
        <message>
            <source>This condition has nested groups or calculations, which the builder cannot show; edit it as text.</source>
            <translation>This condition has nested groups or calculations, which the builder cannot show; edit it as text.</translation>
        </message>
        <message>
            <source>Comparison {number}: {reason}</source>
            <translation>Comparison {number}: {reason}</translation>
        </message>
        <message>
            <source>No comparison: the path has no condition.</source>
            <translation>No comparison: the path has no condition.</translation>
        </message>
        <message>
            <source>Empty: the path has no condition.</source>
            <translation>Empty: the path has no condition.</translation>
        </message>
        <message>
            <source>No earlier node records {names}; publishing will be refused until it does.</source>
            <translation>No earlier node records {names}; publishing will be refused until it does.</translation>
        </message>
        <message>
            <source>✓ The condition is valid.</source>
            <translation>✓ The condition is valid.</translation>
        </message>
        <message>
            <source>Correct the text first; the builder can only show a valid condition.</source>
            <translation>Correct the text first; the builder can only show a valid condition.</translation>
        </message>
        <message>
            <source>Not applied: correct the condition first.</source>
            <translation>Not applied: correct the condition first.</translation>
        </message>
        <message>
            <source>Changed: press Apply.</source>
            <translation>Changed: press Apply.</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Remove this comparison</source>
            <translation>Remove this comparison</translation>
        </message>
        <message>
            <source>{name} · unknown field</source>
            <translation>{name} · unknown field</translation>
        </message>
        <message>
            <source>Choose a field.</source>
            <translation>Choose a field.</translation>
        </message>
        <message>
            <source>(no value)</source>
            <translation>(no value)</translation>
        </message>
        <message>
            <source>Values separated by commas, e.g. 安装, 维修</source>
            <translation>Values separated by commas, e.g. 安装, 维修</translation>
        </message>
        <message>
            <source>A number, e.g. 1000</source>
            <translation>A number, e.g. 1000</translation>
        </message>
        <message>
            <source>Text to compare with</source>
            <translation>Text to compare with</translation>
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
        <name>CrewEditor</name>
        <message>
            <source>Installer</source>
            <translation>Installer</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>Share %</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Split equally</source>
            <translation>Split equally</translation>
        </message>
        <message>
            <source>Choose the provider first</source>
            <translation>Choose the provider first</translation>
        </message>
        <message>
            <source>Choose an installer to add</source>
            <translation>Choose an installer to add</translation>
        </message>
        <message>
            <source>This provider has no active installers</source>
            <translation>This provider has no active installers</translation>
        </message>
        <message>
            <source>No installers yet: add the crew that does the job.</source>
            <translation>No installers yet: add the crew that does the job.</translation>
        </message>
        <message>
            <source>Shares add up to 100%.</source>
            <translation>Shares add up to 100%.</translation>
        </message>
        <message>
            <source>Shares add up to {sum}%, not 100%.</source>
            <translation>Shares add up to {sum}%, not 100%.</translation>
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
        <name>CustomerPicker</name>
        <message>
            <source>Search a customer by name or phone number</source>
            <translation>Search a customer by name or phone number</translation>
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
        <name>DeriveDialog</name>
        <message>
            <source>Derive a tier column</source>
            <translation>Derive a tier column</translation>
        </message>
        <message>
            <source>Only the selected rows</source>
            <translation>Only the selected rows</translation>
        </message>
        <message>
            <source>Fill the column</source>
            <translation>Fill the column</translation>
        </message>
        <message>
            <source>From the column</source>
            <translation>From the column</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Times</translation>
        </message>
        <message>
            <source>Round half up</source>
            <translation>Round half up</translation>
        </message>
        <message>
            <source>Applies to the rows the filter shows. Rows without a price in the source column keep their value.</source>
            <translation>Applies to the rows the filter shows. Rows without a price in the source column keep their value.</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>“{text}” is not a number.</translation>
        </message>
        <message>
            <source>Choose two different columns.</source>
            <translation>Choose two different columns.</translation>
        </message>
        <message>
            <source>The factor must not be negative.</source>
            <translation>The factor must not be negative.</translation>
        </message>
    </context>
    <context>
        <name>EarningsPanel</name>
        <message>
            <source>Earnings</source>
            <translation>Earnings</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Sales tier</source>
            <translation>Sales tier</translation>
        </message>
        <message>
            <source>Sales unit price</source>
            <translation>Sales unit price</translation>
        </message>
        <message>
            <source>Sales amount</source>
            <translation>Sales amount</translation>
        </message>
        <message>
            <source>No price</source>
            <translation>No price</translation>
        </message>
        <message>
            <source>Click a tier to see which rule chose it and why.</source>
            <translation>Click a tier to see which rule chose it and why.</translation>
        </message>
        <message>
            <source>{kind}: {reason}</source>
            <translation>{kind}: {reason}</translation>
        </message>
        <message>
            <source>Whole crew by shares</source>
            <translation>Whole crew by shares</translation>
        </message>
        <message>
            <source>Installer</source>
            <translation>Installer</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>Adjustments</translation>
        </message>
        <message>
            <source>Earns</source>
            <translation>Earns</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <source>Not settled</source>
            <translation>Not settled</translation>
        </message>
        <message>
            <source>Partly settled: {settled} settled, {unsettled} to settle</source>
            <translation>Partly settled: {settled} settled, {unsettled} to settle</translation>
        </message>
        <message>
            <source>Settled {amount}</source>
            <translation>Settled {amount}</translation>
        </message>
        <message>
            <source>Not settled {amount}</source>
            <translation>Not settled {amount}</translation>
        </message>
        <message>
            <source> (correction {amount})</source>
            <translation> (correction {amount})</translation>
        </message>
        <message>
            <source>Frozen · completed on {date}</source>
            <translation>Frozen · completed on {date}</translation>
        </message>
        <message>
            <source>Later price or rule changes never move these figures.</source>
            <translation>Later price or rule changes never move these figures.</translation>
        </message>
        <message>
            <source>Preview (not frozen)</source>
            <translation>Preview (not frozen)</translation>
        </message>
        <message>
            <source>Priced with the prices and rules in force on {date}; frozen when the work order is completed.</source>
            <translation>Priced with the prices and rules in force on {date}; frozen when the work order is completed.</translation>
        </message>
        <message>
            <source>{count} prices are missing, so this work order cannot be completed until they are fixed: {problem}</source>
            <translation>{count} prices are missing, so this work order cannot be completed until they are fixed: {problem}</translation>
        </message>
        <message>
            <source>Add service items or parts to see what the job earns.</source>
            <translation>Add service items or parts to see what the job earns.</translation>
        </message>
        <message>
            <source>Add the crew to see what each installer earns.</source>
            <translation>Add the crew to see what each installer earns.</translation>
        </message>
        <message>
            <source>Settlement total {total} (lines {lines}, adjustments {adjustments}) · sales total {sales}</source>
            <translation>Settlement total {total} (lines {lines}, adjustments {adjustments}) · sales total {sales}</translation>
        </message>
        <message>
            <source>Split over the crew: {parts} = {total}</source>
            <translation>Split over the crew: {parts} = {total}</translation>
        </message>
    </context>
    <context>
        <name>EditorPreview</name>
        <message>
            <source>YYYY-MM-DD  ▾</source>
            <translation>YYYY-MM-DD  ▾</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM  ▾</source>
            <translation>YYYY-MM-DD HH:MM  ▾</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>No options yet</source>
            <translation>No options yet</translation>
        </message>
        <message>
            <source>Province / city / district  ▾</source>
            <translation>Province / city / district  ▾</translation>
        </message>
        <message>
            <source>Choose a customer…  ▾</source>
            <translation>Choose a customer…  ▾</translation>
        </message>
        <message>
            <source>Choose a user…  ▾</source>
            <translation>Choose a user…  ▾</translation>
        </message>
        <message>
            <source>Item or part · quantity · settlement price
＋ Add line</source>
            <translation>Item or part · quantity · settlement price
＋ Add line</translation>
        </message>
        <message>
            <source>＋ Add photos</source>
            <translation>＋ Add photos</translation>
        </message>
        <message>
            <source>＋ Add files</source>
            <translation>＋ Add files</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translation>Sign here</translation>
        </message>
        <message>
            <source>(no formula yet)</source>
            <translation>(no formula yet)</translation>
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
        <name>FieldCard</name>
        <message>
            <source>Shown only when its condition holds</source>
            <translation>Shown only when its condition holds</translation>
        </message>
        <message>
            <source>Required when its condition holds</source>
            <translation>Required when its condition holds</translation>
        </message>
    </context>
    <context>
        <name>FieldPermissionsModel</name>
        <message>
            <source>Form field</source>
            <translation>Form field</translation>
        </message>
        <message>
            <source>Permission</source>
            <translation>Permission</translation>
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
        <name>FilePicker</name>
        <message>
            <source>Add photos…</source>
            <translation>Add photos…</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Add photos</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp)</source>
            <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>Add files</translation>
        </message>
        <message>
            <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp)</source>
            <translation>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}</source>
            <translation>“{name}” cannot be read: {reason}</translation>
        </message>
        <message>
            <source>At most {count} files can be added here.</source>
            <translation>At most {count} files can be added here.</translation>
        </message>
        <message>
            <source>“{name}” is not an image.</source>
            <translation>“{name}” is not an image.</translation>
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
        <name>FormCanvas</name>
        <message>
            <source>Drag fields from the palette on the left and drop them here. Fields side by side share a row.</source>
            <translation>Drag fields from the palette on the left and drop them here. Fields side by side share a row.</translation>
        </message>
        <message>
            <source>This row is full: at most {count} fields</source>
            <translation>This row is full: at most {count} fields</translation>
        </message>
    </context>
    <context>
        <name>FormCommands</name>
        <message>
            <source>Option {number}</source>
            <translation>Option {number}</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Add {name}</translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translation>Delete {name}</translation>
        </message>
        <message>
            <source>Move {name}</source>
            <translation>Move {name}</translation>
        </message>
        <message>
            <source>Change {name}</source>
            <translation>Change {name}</translation>
        </message>
        <message>
            <source>Duplicate {name}</source>
            <translation>Duplicate {name}</translation>
        </message>
    </context>
    <context>
        <name>FormDesigner</name>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Placeholder</source>
            <translation>Placeholder</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Default</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>Shortest</source>
            <translation>Shortest</translation>
        </message>
        <message>
            <source>Longest</source>
            <translation>Longest</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Pattern</translation>
        </message>
        <message>
            <source>Decimals</source>
            <translation>Decimals</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>Formula</translation>
        </message>
        <message>
            <source>Shown when</source>
            <translation>Shown when</translation>
        </message>
        <message>
            <source>Required when</source>
            <translation>Required when</translation>
        </message>
        <message>
            <source>Most files</source>
            <translation>Most files</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Width</translation>
        </message>
        <message>
            <source>Arrangement of the fields</source>
            <translation>Arrangement of the fields</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <source>No form open</source>
            <translation>No form open</translation>
        </message>
        <message>
            <source>New submissions use this version; it never changes</source>
            <translation>New submissions use this version; it never changes</translation>
        </message>
        <message>
            <source>No new submissions use this version any more</source>
            <translation>No new submissions use this version any more</translation>
        </message>
        <message>
            <source>This form already has a draft; open it to edit</source>
            <translation>This form already has a draft; open it to edit</translation>
        </message>
        <message>
            <source>The two versions have the same fields and layout.</source>
            <translation>The two versions have the same fields and layout.</translation>
        </message>
        <message>
            <source>A published version cannot be changed. New submissions use it; stored submissions keep the version they were made with.</source>
            <translation>A published version cannot be changed. New submissions use it; stored submissions keep the version they were made with.</translation>
        </message>
        <message>
            <source>For example: 增加现场照片</source>
            <translation>For example: 增加现场照片</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Delete field</source>
            <translation>Delete field</translation>
        </message>
        <message>
            <source>Duplicate field</source>
            <translation>Duplicate field</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>Export JSON…</translation>
        </message>
        <message>
            <source>Import JSON…</source>
            <translation>Import JSON…</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Retire version</source>
            <translation>Retire version</translation>
        </message>
        <message>
            <source>Retire v{number} of {name}? New submissions can no longer use it until another version is published; stored submissions keep reading with it.</source>
            <translation>Retire v{number} of {name}? New submissions can no longer use it until another version is published; stored submissions keep reading with it.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The draft has changes that are not saved. Discard them?</source>
            <translation>The draft has changes that are not saved. Discard them?</translation>
        </message>
        <message>
            <source>Export form</source>
            <translation>Export form</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Cannot write {path}: {reason}</translation>
        </message>
        <message>
            <source>The open draft has changes that are not saved, and importing opens another. Discard them?</source>
            <translation>The open draft has changes that are not saved, and importing opens another. Discard them?</translation>
        </message>
        <message>
            <source>Import form</source>
            <translation>Import form</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>Cannot read {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>FormFieldTypes</name>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Multi-line text</source>
            <translation>Multi-line text</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>Single choice</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translation>Multiple choice</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Items and parts</source>
            <translation>Items and parts</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Checkbox</source>
            <translation>Checkbox</translation>
        </message>
        <message>
            <source>Computed</source>
            <translation>Computed</translation>
        </message>
        <message>
            <source>One line of text, with optional length and pattern.</source>
            <translation>One line of text, with optional length and pattern.</translation>
        </message>
        <message>
            <source>Several lines of text: remarks, descriptions.</source>
            <translation>Several lines of text: remarks, descriptions.</translation>
        </message>
        <message>
            <source>A number with optional minimum, maximum and decimals.</source>
            <translation>A number with optional minimum, maximum and decimals.</translation>
        </message>
        <message>
            <source>An amount in yuan with two decimals, never rounded.</source>
            <translation>An amount in yuan with two decimals, never rounded.</translation>
        </message>
        <message>
            <source>A calendar date.</source>
            <translation>A calendar date.</translation>
        </message>
        <message>
            <source>A date with a time of day.</source>
            <translation>A date with a time of day.</translation>
        </message>
        <message>
            <source>One option from a list.</source>
            <translation>One option from a list.</translation>
        </message>
        <message>
            <source>Any number of options from a list.</source>
            <translation>Any number of options from a list.</translation>
        </message>
        <message>
            <source>Province, city and district, chosen in turn.</source>
            <translation>Province, city and district, chosen in turn.</translation>
        </message>
        <message>
            <source>A customer from the customer list.</source>
            <translation>A customer from the customer list.</translation>
        </message>
        <message>
            <source>A user of this program.</source>
            <translation>A user of this program.</translation>
        </message>
        <message>
            <source>Service items and spare parts with quantities; they become work-order lines.</source>
            <translation>Service items and spare parts with quantities; they become work-order lines.</translation>
        </message>
        <message>
            <source>One or more photos, stored in the database.</source>
            <translation>One or more photos, stored in the database.</translation>
        </message>
        <message>
            <source>Files such as PDFs, stored in the database.</source>
            <translation>Files such as PDFs, stored in the database.</translation>
        </message>
        <message>
            <source>A signature drawn with the mouse or a pen.</source>
            <translation>A signature drawn with the mouse or a pen.</translation>
        </message>
        <message>
            <source>Yes or no.</source>
            <translation>Yes or no.</translation>
        </message>
        <message>
            <source>Calculated from other fields by a formula; nobody types it.</source>
            <translation>Calculated from other fields by a formula; nobody types it.</translation>
        </message>
    </context>
    <context>
        <name>FormIssuesPanel</name>
        <message>
            <source>No problems — ready to publish</source>
            <translation>No problems — ready to publish</translation>
        </message>
        <message>
            <source>{count} warnings — can be published</source>
            <translation>{count} warnings — can be published</translation>
        </message>
        <message>
            <source>{count} problems</source>
            <translation>{count} problems</translation>
        </message>
    </context>
    <context>
        <name>FormPreview</name>
        <message>
            <source>Check entries</source>
            <translation>Check entries</translation>
        </message>
        <message>
            <source>Validate what you entered with the rules a submission must pass</source>
            <translation>Validate what you entered with the rules a submission must pass</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>This is the form exactly as work orders will show it. Try it: rules and computed fields work as they will; nothing entered here is saved.</source>
            <translation>This is the form exactly as work orders will show it. Try it: rules and computed fields work as they will; nothing entered here is saved.</translation>
        </message>
        <message>
            <source>The form has no fields yet: add some on the Design tab.</source>
            <translation>The form has no fields yet: add some on the Design tab.</translation>
        </message>
        <message>
            <source>The preview cannot be drawn yet: {reason}</source>
            <translation>The preview cannot be drawn yet: {reason}</translation>
        </message>
        <message>
            <source>{count} fields need attention; each error is shown under its field.</source>
            <translation>{count} fields need attention; each error is shown under its field.</translation>
        </message>
        <message>
            <source>✓ These entries would be accepted.</source>
            <translation>✓ These entries would be accepted.</translation>
        </message>
    </context>
    <context>
        <name>FormProblemsModel</name>
        <message>
            <source>The form</source>
            <translation>The form</translation>
        </message>
        <message>
            <source>Error: blocks publishing</source>
            <translation>Error: blocks publishing</translation>
        </message>
        <message>
            <source>Warning: does not block publishing</source>
            <translation>Warning: does not block publishing</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>FormPropertiesPanel</name>
        <message>
            <source>This version is read-only. Start a new draft to change the form.</source>
            <translation>This version is read-only. Start a new draft to change the form.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Ticked at first</source>
            <translation>Ticked at first</translation>
        </message>
        <message>
            <source>Whole row</source>
            <translation>Whole row</translation>
        </message>
        <message>
            <source>{count} of {total} columns</source>
            <translation>{count} of {total} columns</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Key:</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>Label:</translation>
        </message>
        <message>
            <source>Help:</source>
            <translation>Help:</translation>
        </message>
        <message>
            <source>Placeholder:</source>
            <translation>Placeholder:</translation>
        </message>
        <message>
            <source>Default:</source>
            <translation>Default:</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Width:</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation>Validation</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <source> decimals</source>
            <translation> decimals</translation>
        </message>
        <message>
            <source>Up to {count}</source>
            <translation>Up to {count}</translation>
        </message>
        <message>
            <source>Minimum:</source>
            <translation>Minimum:</translation>
        </message>
        <message>
            <source>Maximum:</source>
            <translation>Maximum:</translation>
        </message>
        <message>
            <source>Shortest:</source>
            <translation>Shortest:</translation>
        </message>
        <message>
            <source>Longest:</source>
            <translation>Longest:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Pattern:</translation>
        </message>
        <message>
            <source>Decimals:</source>
            <translation>Decimals:</translation>
        </message>
        <message>
            <source>Most files:</source>
            <translation>Most files:</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Double-click an option to rename it. Stored data keeps the text.</source>
            <translation>Double-click an option to rename it. Stored data keeps the text.</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>Formula</translation>
        </message>
        <message>
            <source>Shown when</source>
            <translation>Shown when</translation>
        </message>
        <message>
            <source>Show this field when</source>
            <translation>Show this field when</translation>
        </message>
        <message>
            <source>No comparison: the field is always shown.</source>
            <translation>No comparison: the field is always shown.</translation>
        </message>
        <message>
            <source>Empty: the field is always shown.</source>
            <translation>Empty: the field is always shown.</translation>
        </message>
        <message>
            <source>The form has no field {names}; publishing will be refused until it does.</source>
            <translation>The form has no field {names}; publishing will be refused until it does.</translation>
        </message>
        <message>
            <source>Required when</source>
            <translation>Required when</translation>
        </message>
        <message>
            <source>Require this field when</source>
            <translation>Require this field when</translation>
        </message>
        <message>
            <source>No comparison: only the Required box decides.</source>
            <translation>No comparison: only the Required box decides.</translation>
        </message>
        <message>
            <source>Empty: only the Required box decides.</source>
            <translation>Empty: only the Required box decides.</translation>
        </message>
        <message>
            <source>Select a field on the canvas to edit it. Drag fields from the palette; drop them between rows for a new row or beside a field to share its row.</source>
            <translation>Select a field on the canvas to edit it. Drag fields from the palette; drop them between rows for a new row or beside a field to share its row.</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>{fields} fields in {rows} rows.</source>
            <translation>{fields} fields in {rows} rows.</translation>
        </message>
        <message>
            <source>No pattern: any text of the allowed length.</source>
            <translation>No pattern: any text of the allowed length.</translation>
        </message>
        <message>
            <source>The pattern is not valid: {reason}</source>
            <translation>The pattern is not valid: {reason}</translation>
        </message>
        <message>
            <source>✓ The pattern is valid.</source>
            <translation>✓ The pattern is valid.</translation>
        </message>
        <message>
            <source>Fields it may use: {names}</source>
            <translation>Fields it may use: {names}</translation>
        </message>
        <message>
            <source>No other fields yet.</source>
            <translation>No other fields yet.</translation>
        </message>
        <message>
            <source>Write a formula over the other fields.</source>
            <translation>Write a formula over the other fields.</translation>
        </message>
        <message>
            <source>The form has no field {names}.</source>
            <translation>The form has no field {names}.</translation>
        </message>
        <message>
            <source>✓ The formula is valid.</source>
            <translation>✓ The formula is valid.</translation>
        </message>
        <message>
            <source>A key starts with a letter and has only letters, digits and '_' (at most {limit}).</source>
            <translation>A key starts with a letter and has only letters, digits and '_' (at most {limit}).</translation>
        </message>
        <message>
            <source>Another field already has the key {key}.</source>
            <translation>Another field already has the key {key}.</translation>
        </message>
        <message>
            <source>Option {number}</source>
            <translation>Option {number}</translation>
        </message>
    </context>
    <context>
        <name>FormRenderer</name>
        <message>
            <source>Fill in</source>
            <translation>Fill in</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Computed: {formula}</source>
            <translation>Computed: {formula}</translation>
        </message>
        <message>
            <source>Computed from other fields</source>
            <translation>Computed from other fields</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>New form…</source>
            <translation>New form…</translation>
        </message>
        <message>
            <source>Import JSON…</source>
            <translation>Import JSON…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Forms</translation>
        </message>
        <message>
            <source>Design the forms workflow steps collect (勘察表, 报价单, 完工确认 …): drag fields from the palette, arrange them in rows, set their rules and try them in the preview. Publish a draft to use it.</source>
            <translation>Design the forms workflow steps collect (勘察表, 报价单, 完工确认 …): drag fields from the palette, arrange them in rows, set their rules and try them in the preview. Publish a draft to use it.</translation>
        </message>
        <message>
            <source>No forms yet — create one or import a form export</source>
            <translation>No forms yet — create one or import a form export</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>v{number} draft</source>
            <translation>v{number} draft</translation>
        </message>
        <message>
            <source>{count} forms</source>
            <translation>{count} forms</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The draft of {name} has changes that are not saved. Discard them?</source>
            <translation>The draft of {name} has changes that are not saved. Discard them?</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Price history</source>
            <translation>Price history</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>Effective from</translation>
        </message>
        <message>
            <source>Old price</source>
            <translation>Old price</translation>
        </message>
        <message>
            <source>New price</source>
            <translation>New price</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Changed by</translation>
        </message>
        <message>
            <source>Changed at</source>
            <translation>Changed at</translation>
        </message>
        <message>
            <source>This cell has never had a price.</source>
            <translation>This cell has never had a price.</translation>
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
        <name>ImportReportDialog</name>
        <message>
            <source>BPMN imported</source>
            <translation>BPMN imported</translation>
        </message>
        <message>
            <source>Imported as draft v{version} of {key}: {nodes} nodes, {edges} connections.</source>
            <translation>Imported as draft v{version} of {key}: {nodes} nodes, {edges} connections.</translation>
        </message>
        <message>
            <source>Check these points before publishing; conditions in other languages must be rewritten (they are listed as problems):</source>
            <translation>Check these points before publishing; conditions in other languages must be rewritten (they are listed as problems):</translation>
        </message>
        <message>
            <source>Everything in the file was understood.</source>
            <translation>Everything in the file was understood.</translation>
        </message>
    </context>
    <context>
        <name>InstallerDialog</name>
        <message>
            <source>New installer</source>
            <translation>New installer</translation>
        </message>
        <message>
            <source>Installer {code} {name}</source>
            <translation>Installer {code} {name}</translation>
        </message>
        <message>
            <source>Edit {code} {name}</source>
            <translation>Edit {code} {name}</translation>
        </message>
        <message>
            <source>e.g. GZ-HT-09 (letters, digits, - _ .)</source>
            <translation>e.g. GZ-HT-09 (letters, digits, - _ .)</translation>
        </message>
        <message>
            <source>18 characters; the last may be X</source>
            <translation>18 characters; the last may be X</translation>
        </message>
        <message>
            <source>(no sign-in account)</source>
            <translation>(no sign-in account)</translation>
        </message>
        <message>
            <source>{account} — linked to {installer}</source>
            <translation>{account} — linked to {installer}</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Service provider:</source>
            <translation>Service provider:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>ID number:</source>
            <translation>ID number:</translation>
        </message>
        <message>
            <source>Leave empty when the installer works wherever the provider does; otherwise the regions must lie inside the provider's.</source>
            <translation>Leave empty when the installer works wherever the provider does; otherwise the regions must lie inside the provider's.</translation>
        </message>
        <message>
            <source>Works in:</source>
            <translation>Works in:</translation>
        </message>
        <message>
            <source>Sign-in account:</source>
            <translation>Sign-in account:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <source>Payment and tax</source>
            <translation>Payment and tax</translation>
        </message>
        <message>
            <source>Bank:</source>
            <translation>Bank:</translation>
        </message>
        <message>
            <source>Account number:</source>
            <translation>Account number:</translation>
        </message>
        <message>
            <source>Tax:</source>
            <translation>Tax:</translation>
        </message>
        <message>
            <source>The ID number and the account number are hidden. Leave them to keep them, or type the full new number.</source>
            <translation>The ID number and the account number are hidden. Leave them to keep them, or type the full new number.</translation>
        </message>
        <message>
            <source>Choose the service provider the installer works for.</source>
            <translation>Choose the service provider the installer works for.</translation>
        </message>
    </context>
    <context>
        <name>InstallerEarningsPage</name>
        <message>
            <source>Installer earnings</source>
            <translation>Installer earnings</translation>
        </message>
        <message>
            <source>What each installer earns in a month: live previews of open work orders, figures frozen at completion and waiting for a statement, and settled ones. Pick an installer, or a row of the month's totals.</source>
            <translation>What each installer earns in a month: live previews of open work orders, figures frozen at completion and waiting for a statement, and settled ones. Pick an installer, or a row of the month's totals.</translation>
        </message>
        <message>
            <source>My earnings</source>
            <translation>My earnings</translation>
        </message>
        <message>
            <source>What you earn this month, day by day: previews of open work orders change until they are completed; frozen figures are fixed and wait for the next statement; settled ones are paid.</source>
            <translation>What you earn this month, day by day: previews of open work orders change until they are completed; frozen figures are fixed and wait for the next statement; settled ones are paid.</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Next month</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Choose an installer</source>
            <translation>Choose an installer</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <source>Installer:</source>
            <translation>Installer:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Open work orders; changes until completed</source>
            <translation>Open work orders; changes until completed</translation>
        </message>
        <message>
            <source>Frozen</source>
            <translation>Frozen</translation>
        </message>
        <message>
            <source>Completed, waiting for a statement</source>
            <translation>Completed, waiting for a statement</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>Settled</translation>
        </message>
        <message>
            <source>On an issued statement</source>
            <translation>On an issued statement</translation>
        </message>
        <message>
            <source>Month total</source>
            <translation>Month total</translation>
        </message>
        <message>
            <source>Preview + frozen + settled</source>
            <translation>Preview + frozen + settled</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translation>Work orders</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>Work order</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Installer's share</source>
            <translation>Installer's share</translation>
        </message>
        <message>
            <source>My share</source>
            <translation>My share</translation>
        </message>
        <message>
            <source>Earnings</source>
            <translation>Earnings</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>By day</translation>
        </message>
        <message>
            <source>Work orders of the month (double-click to open)</source>
            <translation>Work orders of the month (double-click to open)</translation>
        </message>
        <message>
            <source>Installer</source>
            <translation>Installer</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Every installer in the month (completed work)</source>
            <translation>Every installer in the month (completed work)</translation>
        </message>
        <message>
            <source>Loading earnings…</source>
            <translation>Loading earnings…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Ask an administrator to link your sign-in account to your installer record on the Installers page.</source>
            <translation>Ask an administrator to link your sign-in account to your installer record on the Installers page.</translation>
        </message>
        <message>
            <source>There are no installers yet: add them on the Installers page.</source>
            <translation>There are no installers yet: add them on the Installers page.</translation>
        </message>
        <message>
            <source>Choose an installer to see their month.</source>
            <translation>Choose an installer to see their month.</translation>
        </message>
        <message>
            <source>{count} installers earned {total} in {month} (frozen and settled).</source>
            <translation>{count} installers earned {total} in {month} (frozen and settled).</translation>
        </message>
        <message>
            <source>No work was completed in {month}.</source>
            <translation>No work was completed in {month}.</translation>
        </message>
        <message>
            <source>{name} ({code}) · {provider}</source>
            <translation>{name} ({code}) · {provider}</translation>
        </message>
        <message>
            <source>{count} open work orders cannot be priced completely yet; their preview leaves out the lines without a price.</source>
            <translation>{count} open work orders cannot be priced completely yet; their preview leaves out the lines without a price.</translation>
        </message>
        <message>
            <source>No earnings in {month} yet. Work orders you are on show here once they are planned.</source>
            <translation>No earnings in {month} yet. Work orders you are on show here once they are planned.</translation>
        </message>
    </context>
    <context>
        <name>InstallersPage</name>
        <message>
            <source>We withhold tax</source>
            <translation>We withhold tax</translation>
        </message>
        <message>
            <source>Self-invoicing</source>
            <translation>Self-invoicing</translation>
        </message>
        <message>
            <source>Search code, name, phone, provider or sign-in account</source>
            <translation>Search code, name, phone, provider or sign-in account</translation>
        </message>
        <message>
            <source>Working in region, e.g. 天河区</source>
            <translation>Working in region, e.g. 天河区</translation>
        </message>
        <message>
            <source>Installers</source>
            <translation>Installers</translation>
        </message>
        <message>
            <source>The installers of each service provider, where they work, how they are paid and taxed, and the sign-in account that shows them their own work orders and earnings.</source>
            <translation>The installers of each service provider, where they work, how they are paid and taxed, and the sign-in account that shows them their own work orders and earnings.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Service provider</source>
            <translation>Service provider</translation>
        </message>
        <message>
            <source>Works in</source>
            <translation>Works in</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Bank account</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Tax</translation>
        </message>
        <message>
            <source>Sign-in account</source>
            <translation>Sign-in account</translation>
        </message>
        <message>
            <source>Wherever the provider works:
{regions}</source>
            <translation>Wherever the provider works:
{regions}</translation>
        </message>
        <message>
            <source>New installer</source>
            <translation>New installer</translation>
        </message>
        <message>
            <source>All providers</source>
            <translation>All providers</translation>
        </message>
        <message>
            <source>Installers: {count}</source>
            <translation>Installers: {count}</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} installers</source>
            <translation>Showing {shown} of {total} installers</translation>
        </message>
    </context>
    <context>
        <name>IssuesPanel</name>
        <message>
            <source>No problems — ready to publish</source>
            <translation>No problems — ready to publish</translation>
        </message>
        <message>
            <source>{count} warnings — can be published</source>
            <translation>{count} warnings — can be published</translation>
        </message>
        <message>
            <source>{count} problems</source>
            <translation>{count} problems</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>New service item</source>
            <translation>New service item</translation>
        </message>
        <message>
            <source>New spare part</source>
            <translation>New spare part</translation>
        </message>
        <message>
            <source>Catalog row {code}</source>
            <translation>Catalog row {code}</translation>
        </message>
        <message>
            <source>Edit {code} {name}</source>
            <translation>Edit {code} {name}</translation>
        </message>
        <message>
            <source>e.g. S-AC-WALL-1 (letters, digits, - _ .)</source>
            <translation>e.g. S-AC-WALL-1 (letters, digits, - _ .)</translation>
        </message>
        <message>
            <source>e.g. 台, 套, 米</source>
            <translation>e.g. 台, 套, 米</translation>
        </message>
        <message>
            <source>Short description of the work</source>
            <translation>Short description of the work</translation>
        </message>
        <message>
            <source>Brand, model or specification</source>
            <translation>Brand, model or specification</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>(no category)</translation>
        </message>
        <message>
            <source>1 = simple, 5 = most demanding; tier rules can depend on it.</source>
            <translation>1 = simple, 5 = most demanding; tier rules can depend on it.</translation>
        </message>
        <message>
            <source>Empty: national catalog. Or a region, e.g. 广州市</source>
            <translation>Empty: national catalog. Or a region, e.g. 广州市</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <source>Specification:</source>
            <translation>Specification:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translation>Complexity:</translation>
        </message>
        <message>
            <source>Owner region:</source>
            <translation>Owner region:</translation>
        </message>
        <message>
            <source>Leave empty for a national row; name a region for a row only that region uses.</source>
            <translation>Leave empty for a national row; name a region for a row only that region uses.</translation>
        </message>
        <message>
            <source>Branch rows belong to one of your regions: {regions}.</source>
            <translation>Branch rows belong to one of your regions: {regions}.</translation>
        </message>
        <message>
            <source>“{text}” is not one region. Pick one from the list or type its six-digit code.</source>
            <translation>“{text}” is not one region. Pick one from the list or type its six-digit code.</translation>
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
            <source>Created catalog category</source>
            <translation>Created catalog category</translation>
        </message>
        <message>
            <source>Renamed catalog category</source>
            <translation>Renamed catalog category</translation>
        </message>
        <message>
            <source>Moved catalog category</source>
            <translation>Moved catalog category</translation>
        </message>
        <message>
            <source>Deleted catalog category</source>
            <translation>Deleted catalog category</translation>
        </message>
        <message>
            <source>Created catalog item</source>
            <translation>Created catalog item</translation>
        </message>
        <message>
            <source>Changed catalog item</source>
            <translation>Changed catalog item</translation>
        </message>
        <message>
            <source>Activated catalog item</source>
            <translation>Activated catalog item</translation>
        </message>
        <message>
            <source>Deactivated catalog item</source>
            <translation>Deactivated catalog item</translation>
        </message>
        <message>
            <source>Loaded demo catalog items</source>
            <translation>Loaded demo catalog items</translation>
        </message>
        <message>
            <source>Created service package</source>
            <translation>Created service package</translation>
        </message>
        <message>
            <source>Changed service package</source>
            <translation>Changed service package</translation>
        </message>
        <message>
            <source>Activated service package</source>
            <translation>Activated service package</translation>
        </message>
        <message>
            <source>Deactivated service package</source>
            <translation>Deactivated service package</translation>
        </message>
        <message>
            <source>Created customer</source>
            <translation>Created customer</translation>
        </message>
        <message>
            <source>Changed customer</source>
            <translation>Changed customer</translation>
        </message>
        <message>
            <source>Imported customers</source>
            <translation>Imported customers</translation>
        </message>
        <message>
            <source>Reassigned customer owners</source>
            <translation>Reassigned customer owners</translation>
        </message>
        <message>
            <source>Loaded demo customers</source>
            <translation>Loaded demo customers</translation>
        </message>
        <message>
            <source>Created owner rule</source>
            <translation>Created owner rule</translation>
        </message>
        <message>
            <source>Changed owner rule</source>
            <translation>Changed owner rule</translation>
        </message>
        <message>
            <source>Activated owner rule</source>
            <translation>Activated owner rule</translation>
        </message>
        <message>
            <source>Deactivated owner rule</source>
            <translation>Deactivated owner rule</translation>
        </message>
        <message>
            <source>Created price tier</source>
            <translation>Created price tier</translation>
        </message>
        <message>
            <source>Renamed price tier</source>
            <translation>Renamed price tier</translation>
        </message>
        <message>
            <source>Reordered price tiers</source>
            <translation>Reordered price tiers</translation>
        </message>
        <message>
            <source>Saved prices</source>
            <translation>Saved prices</translation>
        </message>
        <message>
            <source>Created tier rule</source>
            <translation>Created tier rule</translation>
        </message>
        <message>
            <source>Changed tier rule</source>
            <translation>Changed tier rule</translation>
        </message>
        <message>
            <source>Activated tier rule</source>
            <translation>Activated tier rule</translation>
        </message>
        <message>
            <source>Deactivated tier rule</source>
            <translation>Deactivated tier rule</translation>
        </message>
        <message>
            <source>Created provider type</source>
            <translation>Created provider type</translation>
        </message>
        <message>
            <source>Renamed provider type</source>
            <translation>Renamed provider type</translation>
        </message>
        <message>
            <source>Reordered provider types</source>
            <translation>Reordered provider types</translation>
        </message>
        <message>
            <source>Activated provider type</source>
            <translation>Activated provider type</translation>
        </message>
        <message>
            <source>Deactivated provider type</source>
            <translation>Deactivated provider type</translation>
        </message>
        <message>
            <source>Created service provider</source>
            <translation>Created service provider</translation>
        </message>
        <message>
            <source>Changed service provider</source>
            <translation>Changed service provider</translation>
        </message>
        <message>
            <source>Activated service provider</source>
            <translation>Activated service provider</translation>
        </message>
        <message>
            <source>Deactivated service provider</source>
            <translation>Deactivated service provider</translation>
        </message>
        <message>
            <source>Loaded demo providers</source>
            <translation>Loaded demo providers</translation>
        </message>
        <message>
            <source>Created installer</source>
            <translation>Created installer</translation>
        </message>
        <message>
            <source>Changed installer</source>
            <translation>Changed installer</translation>
        </message>
        <message>
            <source>Activated installer</source>
            <translation>Activated installer</translation>
        </message>
        <message>
            <source>Deactivated installer</source>
            <translation>Deactivated installer</translation>
        </message>
        <message>
            <source>Created work order</source>
            <translation>Created work order</translation>
        </message>
        <message>
            <source>Changed work order</source>
            <translation>Changed work order</translation>
        </message>
        <message>
            <source>Put work order back to draft</source>
            <translation>Put work order back to draft</translation>
        </message>
        <message>
            <source>Assigned work order</source>
            <translation>Assigned work order</translation>
        </message>
        <message>
            <source>Started work order</source>
            <translation>Started work order</translation>
        </message>
        <message>
            <source>Cancelled work order</source>
            <translation>Cancelled work order</translation>
        </message>
        <message>
            <source>Completed work order (earnings frozen)</source>
            <translation>Completed work order (earnings frozen)</translation>
        </message>
        <message>
            <source>Reopened work order</source>
            <translation>Reopened work order</translation>
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
            <source>Catalog category</source>
            <translation>Catalog category</translation>
        </message>
        <message>
            <source>Catalog item</source>
            <translation>Catalog item</translation>
        </message>
        <message>
            <source>Service package</source>
            <translation>Service package</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Owner rule</source>
            <translation>Owner rule</translation>
        </message>
        <message>
            <source>Price tier</source>
            <translation>Price tier</translation>
        </message>
        <message>
            <source>Price book</source>
            <translation>Price book</translation>
        </message>
        <message>
            <source>Tier rule</source>
            <translation>Tier rule</translation>
        </message>
        <message>
            <source>Provider type</source>
            <translation>Provider type</translation>
        </message>
        <message>
            <source>Service provider</source>
            <translation>Service provider</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>Work order</translation>
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
            <source>Record name</source>
            <translation>Record name</translation>
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
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Parent category</source>
            <translation>Parent category</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>Complexity</translation>
        </message>
        <message>
            <source>Owner region</source>
            <translation>Owner region</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translation>Whole country</translation>
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>From package</source>
            <translation>From package</translation>
        </message>
        <message>
            <source>Type a code or name and pick a service item or part</source>
            <translation>Type a code or name and pick a service item or part</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Add line</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <source>Add from package</source>
            <translation>Add from package</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>Quantity:</translation>
        </message>
        <message>
            <source>Double-click a quantity to change it.</source>
            <translation>Double-click a quantity to change it.</translation>
        </message>
        <message>
            <source>Pick a service item or part from the list.</source>
            <translation>Pick a service item or part from the list.</translation>
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
            <source>Service items</source>
            <translation>Service items</translation>
        </message>
        <message>
            <source>Spare parts</source>
            <translation>Spare parts</translation>
        </message>
        <message>
            <source>Service packages</source>
            <translation>Service packages</translation>
        </message>
        <message>
            <source>Price tiers</source>
            <translation>Price tiers</translation>
        </message>
        <message>
            <source>Tier rules</source>
            <translation>Tier rules</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Service providers</source>
            <translation>Service providers</translation>
        </message>
        <message>
            <source>Installers</source>
            <translation>Installers</translation>
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
            <source>Work orders</source>
            <translation>Work orders</translation>
        </message>
        <message>
            <source>Installer earnings</source>
            <translation>Installer earnings</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>Statements</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>Workflows</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Forms</translation>
        </message>
        <message>
            <source>Workflow rules</source>
            <translation>Workflow rules</translation>
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
            <source>Work &amp;calendar…</source>
            <translation>Work &amp;calendar…</translation>
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
        <name>MiniMap</name>
        <message>
            <source>Click or drag to move the view</source>
            <translation>Click or drag to move the view</translation>
        </message>
    </context>
    <context>
        <name>NewFormDialog</name>
        <message>
            <source>New form</source>
            <translation>New form</translation>
        </message>
        <message>
            <source>e.g. 现场勘察表</source>
            <translation>e.g. 现场勘察表</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Key:</translation>
        </message>
        <message>
            <source>Letters, digits, '-' and '_', starting with a letter. It never changes.</source>
            <translation>Letters, digits, '-' and '_', starting with a letter. It never changes.</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <source>Create form</source>
            <translation>Create form</translation>
        </message>
        <message>
            <source>The new form starts as an empty draft; add its fields next.</source>
            <translation>The new form starts as an empty draft; add its fields next.</translation>
        </message>
    </context>
    <context>
        <name>NewWorkflowDialog</name>
        <message>
            <source>New workflow</source>
            <translation>New workflow</translation>
        </message>
        <message>
            <source>e.g. 标准安装流程</source>
            <translation>e.g. 标准安装流程</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Key:</translation>
        </message>
        <message>
            <source>Letters, digits, '-' and '_', starting with a letter. It never changes.</source>
            <translation>Letters, digits, '-' and '_', starting with a letter. It never changes.</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <source>Create workflow</source>
            <translation>Create workflow</translation>
        </message>
        <message>
            <source>The new workflow starts as a draft with a start joined to an end; design it next.</source>
            <translation>The new workflow starts as a draft with a start joined to an end; design it next.</translation>
        </message>
    </context>
    <context>
        <name>NodeDataForm</name>
        <message>
            <source>{label} *:</source>
            <translation>{label} *:</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>On</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(choose)</translation>
        </message>
    </context>
    <context>
        <name>OutputsModel</name>
        <message>
            <source>Only for the type Choice: the choices, separated by commas</source>
            <translation>Only for the type Choice: the choices, separated by commas</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
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
        <name>PartyDialog</name>
        <message>
            <source>Bank and branch, e.g. 中国工商银行广州天河支行</source>
            <translation>Bank and branch, e.g. 中国工商银行广州天河支行</translation>
        </message>
    </context>
    <context>
        <name>PartyListPage</name>
        <message>
            <source>Show inactive</source>
            <translation>Show inactive</translation>
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
            <source>Refresh</source>
            <translation>Refresh</translation>
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
            <source>View</source>
            <translation>View</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <source>Saved {code} {name}.</source>
            <translation>Saved {code} {name}.</translation>
        </message>
        <message>
            <source>{code} is active again.</source>
            <translation>{code} is active again.</translation>
        </message>
        <message>
            <source>{code} was deactivated.</source>
            <translation>{code} was deactivated.</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Mark as paid</source>
            <translation>Mark as paid</translation>
        </message>
        <message>
            <source>Bank transfer number or voucher number</source>
            <translation>Bank transfer number or voucher number</translation>
        </message>
        <message>
            <source>Paid on:</source>
            <translation>Paid on:</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Reference:</translation>
        </message>
        <message>
            <source>Record that statement {number} was paid: {net}.</source>
            <translation>Record that statement {number} was paid: {net}.</translation>
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
        <name>PriceDialogs</name>
        <message>
            <source>to 0.01 (fen)</source>
            <translation>to 0.01 (fen)</translation>
        </message>
        <message>
            <source>to 0.1 (jiao)</source>
            <translation>to 0.1 (jiao)</translation>
        </message>
        <message>
            <source>to 1 (yuan)</source>
            <translation>to 1 (yuan)</translation>
        </message>
    </context>
    <context>
        <name>PriceGrid</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>{item} / {tier}</source>
            <translation>{item} / {tier}</translation>
        </message>
        <message>
            <source>{cell}: a saved price cannot be removed; type a new price or undo.</source>
            <translation>{cell}: a saved price cannot be removed; type a new price or undo.</translation>
        </message>
        <message>
            <source>{cell}: {reason}</source>
            <translation>{cell}: {reason}</translation>
        </message>
        <message>
            <source>Not saved yet (saved value: {value})</source>
            <translation>Not saved yet (saved value: {value})</translation>
        </message>
        <message>
            <source>No price in force on {date}</source>
            <translation>No price in force on {date}</translation>
        </message>
        <message>
            <source>In force since {date}</source>
            <translation>In force since {date}</translation>
        </message>
        <message>
            <source>Edit {cell}</source>
            <translation>Edit {cell}</translation>
        </message>
    </context>
    <context>
        <name>PriceGridPage</name>
        <message>
            <source>You can look at the prices here. Changing them needs the permission to edit prices.</source>
            <translation>You can look at the prices here. Changing them needs the permission to edit prices.</translation>
        </message>
        <message>
            <source>Price tiers</source>
            <translation>Price tiers</translation>
        </message>
        <message>
            <source>Prices per item and tier in force on the chosen date. Type, paste from Excel or WPS, fill down or adjust a selection; changed cells are marked until you save them from an effective date.</source>
            <translation>Prices per item and tier in force on the chosen date. Type, paste from Excel or WPS, fill down or adjust a selection; changed cells are marked until you save them from an effective date.</translation>
        </message>
        <message>
            <source>Settlement prices (内部结算价)</source>
            <translation>Settlement prices (内部结算价)</translation>
        </message>
        <message>
            <source>Sales prices</source>
            <translation>Sales prices</translation>
        </message>
        <message>
            <source>Items and parts</source>
            <translation>Items and parts</translation>
        </message>
        <message>
            <source>Service items</source>
            <translation>Service items</translation>
        </message>
        <message>
            <source>Spare parts</source>
            <translation>Spare parts</translation>
        </message>
        <message>
            <source>Search code or name</source>
            <translation>Search code or name</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>In force on</source>
            <translation>In force on</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <source>Preview impact…</source>
            <translation>Preview impact…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <source>Fill down</source>
            <translation>Fill down</translation>
        </message>
        <message>
            <source>Adjust…</source>
            <translation>Adjust…</translation>
        </message>
        <message>
            <source>Derive column…</source>
            <translation>Derive column…</translation>
        </message>
        <message>
            <source>Cell history</source>
            <translation>Cell history</translation>
        </message>
        <message>
            <source>Tiers…</source>
            <translation>Tiers…</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Loading prices…</source>
            <translation>Loading prices…</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>{count} changed prices are not saved. Discard them?</source>
            <translation>{count} changed prices are not saved. Discard them?</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} items</source>
            <translation>Showing {shown} of {total} items</translation>
        </message>
        <message>
            <source>Items: {count}</source>
            <translation>Items: {count}</translation>
        </message>
        <message>
            <source>{count} prices missing on {date}</source>
            <translation>{count} prices missing on {date}</translation>
        </message>
        <message>
            <source>{count} unsaved changes</source>
            <translation>{count} unsaved changes</translation>
        </message>
        <message>
            <source>Nothing was changed:</source>
            <translation>Nothing was changed:</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… and {count} more.</translation>
        </message>
        <message>
            <source>The clipboard holds nothing to paste.</source>
            <translation>The clipboard holds nothing to paste.</translation>
        </message>
        <message>
            <source>Select the cell where the pasted block starts.</source>
            <translation>Select the cell where the pasted block starts.</translation>
        </message>
        <message>
            <source>Paste {count} cells</source>
            <translation>Paste {count} cells</translation>
        </message>
        <message>
            <source>Pasted {count} cells.</source>
            <translation>Pasted {count} cells.</translation>
        </message>
        <message>
            <source>The pasted values are the ones already shown.</source>
            <translation>The pasted values are the ones already shown.</translation>
        </message>
        <message>
            <source>Paste into the price columns: select a cell under a tier.</source>
            <translation>Paste into the price columns: select a cell under a tier.</translation>
        </message>
        <message>
            <source>The block is {width} columns wide; only {room} tier columns are right of the cell.</source>
            <translation>The block is {width} columns wide; only {room} tier columns are right of the cell.</translation>
        </message>
        <message>
            <source>The block has {rows} rows; only {room} rows are shown from the cell down.</source>
            <translation>The block has {rows} rows; only {room} rows are shown from the cell down.</translation>
        </message>
        <message>
            <source>{cell} has no price to fill down.</source>
            <translation>{cell} has no price to fill down.</translation>
        </message>
        <message>
            <source>Select the cells to fill, with the value to copy at the top.</source>
            <translation>Select the cells to fill, with the value to copy at the top.</translation>
        </message>
        <message>
            <source>Fill down {count} cells</source>
            <translation>Fill down {count} cells</translation>
        </message>
        <message>
            <source>Filled {count} cells.</source>
            <translation>Filled {count} cells.</translation>
        </message>
        <message>
            <source>Select the prices to adjust first.</source>
            <translation>Select the prices to adjust first.</translation>
        </message>
        <message>
            <source>{cell}: the result {value} would be negative.</source>
            <translation>{cell}: the result {value} would be negative.</translation>
        </message>
        <message>
            <source>Adjust {count} cells</source>
            <translation>Adjust {count} cells</translation>
        </message>
        <message>
            <source>Adjusted {count} prices.</source>
            <translation>Adjusted {count} prices.</translation>
        </message>
        <message>
            <source>{count} cells without a price were left out.</source>
            <translation>{count} cells without a price were left out.</translation>
        </message>
        <message>
            <source>Deriving a column needs at least two tiers.</source>
            <translation>Deriving a column needs at least two tiers.</translation>
        </message>
        <message>
            <source>Derive {target} from {source}</source>
            <translation>Derive {target} from {source}</translation>
        </message>
        <message>
            <source>{count} prices of {target} derived from {source} x {factor}.</source>
            <translation>{count} prices of {target} derived from {source} x {factor}.</translation>
        </message>
        <message>
            <source>{count} rows without a source price were left out.</source>
            <translation>{count} rows without a source price were left out.</translation>
        </message>
        <message>
            <source>Saving prices…</source>
            <translation>Saving prices…</translation>
        </message>
        <message>
            <source>Saved {count} prices effective from {date}.</source>
            <translation>Saved {count} prices effective from {date}.</translation>
        </message>
        <message>
            <source>Select a price cell to see its history.</source>
            <translation>Select a price cell to see its history.</translation>
        </message>
        <message>
            <source>{item} {name} · {tier} · {book}</source>
            <translation>{item} {name} · {tier} · {book}</translation>
        </message>
        <message>
            <source>Save or undo the changed prices before changing the tiers.</source>
            <translation>Save or undo the changed prices before changing the tiers.</translation>
        </message>
    </context>
    <context>
        <name>PriceImpactDialog</name>
        <message>
            <source>As if the new prices had been in force during the whole month</source>
            <translation>As if the new prices had been in force during the whole month</translation>
        </message>
        <message>
            <source>Completed work in:</source>
            <translation>Completed work in:</translation>
        </message>
        <message>
            <source>Region group</source>
            <translation>Region group</translation>
        </message>
        <message>
            <source>Not in any region group</source>
            <translation>Not in any region group</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>No provider</source>
            <translation>No provider</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>By region group</source>
            <translation>By region group</translation>
        </message>
        <message>
            <source>By provider</source>
            <translation>By provider</translation>
        </message>
        <message>
            <source>Recomputed from the prices and tier rules on each work order's completion date; nothing is saved. A region can be in several region groups, so their rows can add up to more than the total.</source>
            <translation>Recomputed from the prices and tier rules on each work order's completion date; nothing is saved. A region can be in several region groups, so their rows can add up to more than the total.</translation>
        </message>
        <message>
            <source>Price impact preview</source>
            <translation>Price impact preview</translation>
        </message>
        <message>
            <source>What {count} changed prices in the {book} would have changed in a past month.</source>
            <translation>What {count} changed prices in the {book} would have changed in a past month.</translation>
        </message>
        <message>
            <source>Effective from:</source>
            <translation>Effective from:</translation>
        </message>
        <message>
            <source>Tier rule impact preview</source>
            <translation>Tier rule impact preview</translation>
        </message>
        <message>
            <source>What the rule “{name}” as entered would have changed in a past month.</source>
            <translation>What the rule “{name}” as entered would have changed in a past month.</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Recomputing the completed work of {period}…</source>
            <translation>Recomputing the completed work of {period}…</translation>
        </message>
        <message>
            <source>Recomputing settlement…</source>
            <translation>Recomputing settlement…</translation>
        </message>
        <message>
            <source>The recomputation was cancelled.</source>
            <translation>The recomputation was cancelled.</translation>
        </message>
        <message>
            <source>{period}: {count} completed lines, ¥{total} earned (frozen on them).</source>
            <translation>{period}: {count} completed lines, ¥{total} earned (frozen on them).</translation>
        </message>
        <message>
            <source>The change reaches {count} lines, {changed} of them change.</source>
            <translation>The change reaches {count} lines, {changed} of them change.</translation>
        </message>
        <message>
            <source>Before the change ¥{before}, after it ¥{after}: a difference of {diff}.</source>
            <translation>Before the change ¥{before}, after it ¥{after}: a difference of {diff}.</translation>
        </message>
        <message>
            <source>Recomputed before the change, these lines come to another total than the ¥{frozen} frozen on them: prices or rules were changed after the work was done.</source>
            <translation>Recomputed before the change, these lines come to another total than the ¥{frozen} frozen on them: prices or rules were changed after the work was done.</translation>
        </message>
        <message>
            <source>{count} lines cannot be priced without the change:</source>
            <translation>{count} lines cannot be priced without the change:</translation>
        </message>
        <message>
            <source>{count} lines cannot be priced with the change:</source>
            <translation>{count} lines cannot be priced with the change:</translation>
        </message>
        <message>
            <source>{work_order} ({lines} lines like it): {reason}</source>
            <translation>{work_order} ({lines} lines like it): {reason}</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <source>Error: blocks publishing</source>
            <translation>Error: blocks publishing</translation>
        </message>
        <message>
            <source>Warning: does not block publishing</source>
            <translation>Warning: does not block publishing</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <source>Hidden</source>
            <translation>Hidden</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>Editable</source>
            <translation>Editable</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Yes/no</source>
            <translation>Yes/no</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Choice</translation>
        </message>
        <message>
            <source>Any one approver</source>
            <translation>Any one approver</translation>
        </message>
        <message>
            <source>All approvers</source>
            <translation>All approvers</translation>
        </message>
        <message>
            <source>One after another</source>
            <translation>One after another</translation>
        </message>
        <message>
            <source>The first approver who approves decides; one rejection is enough to reject.</source>
            <translation>The first approver who approves decides; one rejection is enough to reject.</translation>
        </message>
        <message>
            <source>Every approver must approve, in any order; one rejection rejects.</source>
            <translation>Every approver must approve, in any order; one rejection rejects.</translation>
        </message>
        <message>
            <source>The approvers decide one after another in the order listed; each sees the decisions before.</source>
            <translation>The approvers decide one after another in the order listed; each sees the decisions before.</translation>
        </message>
        <message>
            <source>This version is read-only. Start a new draft to change the workflow.</source>
            <translation>This version is read-only. Start a new draft to change the workflow.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Stage:</source>
            <translation>Stage:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Assignee</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Assigned to:</source>
            <translation>Assigned to:</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Approvers:</source>
            <translation>Approvers:</translation>
        </message>
        <message>
            <source>Decided by:</source>
            <translation>Decided by:</translation>
        </message>
        <message>
            <source>A rejection goes back to:</source>
            <translation>A rejection goes back to:</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Work</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source> working hours</source>
            <translation> working hours</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Add field</translation>
        </message>
        <message>
            <source>Add data field</source>
            <translation>Add data field</translation>
        </message>
        <message>
            <source>No earlier task or approval to send the work back to.</source>
            <translation>No earlier task or approval to send the work back to.</translation>
        </message>
        <message>
            <source>SLA:</source>
            <translation>SLA:</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>Form:</translation>
        </message>
        <message>
            <source>Field permissions:</source>
            <translation>Field permissions:</translation>
        </message>
        <message>
            <source>Data recorded:</source>
            <translation>Data recorded:</translation>
        </message>
        <message>
            <source>May send back to:</source>
            <translation>May send back to:</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connection</translation>
        </message>
        <message>
            <source>A gateway checks its connections from the lowest number up.</source>
            <translation>A gateway checks its connections from the lowest number up.</translation>
        </message>
        <message>
            <source>Default path</source>
            <translation>Default path</translation>
        </message>
        <message>
            <source>Taken when the condition of no other connection holds</source>
            <translation>Taken when the condition of no other connection holds</translation>
        </message>
        <message>
            <source>Route:</source>
            <translation>Route:</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>Label:</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>Priority:</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Only connections leaving an exclusive gateway have a condition or a default path.</source>
            <translation>Only connections leaving an exclusive gateway have a condition or a default path.</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Stages</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Stages group the nodes on the canvas (售前, 售中, 售后). Double-click a stage to rename it.</source>
            <translation>Stages group the nodes on the canvas (售前, 售中, 售后). Double-click a stage to rename it.</translation>
        </message>
        <message>
            <source>Select a node or a connection on the canvas to edit it.</source>
            <translation>Select a node or a connection on the canvas to edit it.</translation>
        </message>
        <message>
            <source>(no stage)</source>
            <translation>(no stage)</translation>
        </message>
        <message>
            <source>{key} (missing)</source>
            <translation>{key} (missing)</translation>
        </message>
        <message>
            <source>Connection · {route}</source>
            <translation>Connection · {route}</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Workflow</translation>
        </message>
        <message>
            <source>{nodes} nodes, {edges} connections.</source>
            <translation>{nodes} nodes, {edges} connections.</translation>
        </message>
        <message>
            <source>Select one of its outgoing connections to give it a condition, a priority, or make it the default.</source>
            <translation>Select one of its outgoing connections to give it a condition, a priority, or make it the default.</translation>
        </message>
        <message>
            <source>Every parallel split needs a parallel join where its paths meet again.</source>
            <translation>Every parallel split needs a parallel join where its paths meet again.</translation>
        </message>
        <message>
            <source>— (the rejection ends here)</source>
            <translation>— (the rejection ends here)</translation>
        </message>
        <message>
            <source>{name} (not before this node)</source>
            <translation>{name} (not before this node)</translation>
        </message>
        <message>
            <source>{key} (not found)</source>
            <translation>{key} (not found)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Role: {name}</source>
            <translation>Role: {name}</translation>
        </message>
        <message>
            <source>User: {name}</source>
            <translation>User: {name}</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>New stage</translation>
        </message>
    </context>
    <context>
        <name>ProviderDialog</name>
        <message>
            <source>New service provider</source>
            <translation>New service provider</translation>
        </message>
        <message>
            <source>Service provider {code} {name}</source>
            <translation>Service provider {code} {name}</translation>
        </message>
        <message>
            <source>Edit {code} {name}</source>
            <translation>Edit {code} {name}</translation>
        </message>
        <message>
            <source>e.g. GZ-HT (letters, digits, - _ .)</source>
            <translation>e.g. GZ-HT (letters, digits, - _ .)</translation>
        </message>
        <message>
            <source>e.g. 广州天河恒通机电安装服务部</source>
            <translation>e.g. 广州天河恒通机电安装服务部</translation>
        </message>
        <message>
            <source>Usually the provider's registered name</source>
            <translation>Usually the provider's registered name</translation>
        </message>
        <message>
            <source>18-character unified social credit code</source>
            <translation>18-character unified social credit code</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Provider type:</source>
            <translation>Provider type:</translation>
        </message>
        <message>
            <source>Contact person:</source>
            <translation>Contact person:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Covered regions:</source>
            <translation>Covered regions:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <source>Bank and tax</source>
            <translation>Bank and tax</translation>
        </message>
        <message>
            <source>Bank:</source>
            <translation>Bank:</translation>
        </message>
        <message>
            <source>The account number is hidden. Leave it to keep it, or type the full new number.</source>
            <translation>The account number is hidden. Leave it to keep it, or type the full new number.</translation>
        </message>
        <message>
            <source>Account number:</source>
            <translation>Account number:</translation>
        </message>
        <message>
            <source>Account holder:</source>
            <translation>Account holder:</translation>
        </message>
        <message>
            <source>Tax ID:</source>
            <translation>Tax ID:</translation>
        </message>
        <message>
            <source>Each region includes everything inside it. You may choose regions inside {regions}.</source>
            <translation>Each region includes everything inside it. You may choose regions inside {regions}.</translation>
        </message>
        <message>
            <source>Each region includes everything inside it, e.g. 广州市 covers all its districts.</source>
            <translation>Each region includes everything inside it, e.g. 广州市 covers all its districts.</translation>
        </message>
        <message>
            <source>Choose a provider type. Add one with “Provider types…” first.</source>
            <translation>Choose a provider type. Add one with “Provider types…” first.</translation>
        </message>
    </context>
    <context>
        <name>ProviderTypesDialog</name>
        <message>
            <source>Provider types</source>
            <translation>Provider types</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Providers</source>
            <translation>Providers</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Rules</translation>
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
            <source>Name of a new type, or the new name of the selected one</source>
            <translation>Name of a new type, or the new name of the selected one</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Tier rules and owner rules match providers by the name of their type, so a type that rules use cannot be renamed. Inactive types stay on their providers but are no longer offered.</source>
            <translation>Tier rules and owner rules match providers by the name of their type, so a type that rules use cannot be renamed. Inactive types stay on their providers but are no longer offered.</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <source>{count} rules use this name; it cannot be renamed.</source>
            <translation>{count} rules use this name; it cannot be renamed.</translation>
        </message>
        <message>
            <source>Rename the selected type</source>
            <translation>Rename the selected type</translation>
        </message>
        <message>
            <source>Added the provider type {name}.</source>
            <translation>Added the provider type {name}.</translation>
        </message>
        <message>
            <source>Renamed {old} to {new}.</source>
            <translation>Renamed {old} to {new}.</translation>
        </message>
    </context>
    <context>
        <name>ProvidersPage</name>
        <message>
            <source>Search code, name, contact, phone or address</source>
            <translation>Search code, name, contact, phone or address</translation>
        </message>
        <message>
            <source>Working in region, e.g. 天河区</source>
            <translation>Working in region, e.g. 天河区</translation>
        </message>
        <message>
            <source>Service providers</source>
            <translation>Service providers</translation>
        </message>
        <message>
            <source>The companies and service points whose installers do the work, with the regions they cover and the bank details statements are paid to. Providers are never deleted, only deactivated.</source>
            <translation>The companies and service points whose installers do the work, with the regions they cover and the bank details statements are paid to. Providers are never deleted, only deactivated.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Covered regions</source>
            <translation>Covered regions</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Installers</source>
            <translation>Installers</translation>
        </message>
        <message>
            <source>New provider</source>
            <translation>New provider</translation>
        </message>
        <message>
            <source>Provider types…</source>
            <translation>Provider types…</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>Providers: {count}</source>
            <translation>Providers: {count}</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} providers</source>
            <translation>Showing {shown} of {total} providers</translation>
        </message>
        <message>
            <source>Deactivate provider</source>
            <translation>Deactivate provider</translation>
        </message>
        <message>
            <source>{name} has {count} active installers. Deactivate the provider and its installers? They stay in the history and can be activated again.</source>
            <translation>{name} has {count} active installers. Deactivate the provider and its installers? They stay in the history and can be activated again.</translation>
        </message>
    </context>
    <context>
        <name>PublishNoteDialog</name>
        <message>
            <source>Publish version</source>
            <translation>Publish version</translation>
        </message>
        <message>
            <source>For example: 大额订单增加财务审批</source>
            <translation>For example: 大额订单增加财务审批</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translation>Note (optional):</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>A published version cannot be changed. New work orders start on it; work orders already running stay on the version they started with.</source>
            <translation>A published version cannot be changed. New work orders start on it; work orders already running stay on the version they started with.</translation>
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
        <name>ReconcileDialog</name>
        <message>
            <source>Reconciliation {period}</source>
            <translation>Reconciliation {period}</translation>
        </message>
        <message>
            <source>Earned (frozen earnings of the period)</source>
            <translation>Earned (frozen earnings of the period)</translation>
        </message>
        <message>
            <source>Settled on issued statements</source>
            <translation>Settled on issued statements</translation>
        </message>
        <message>
            <source>Not settled yet</source>
            <translation>Not settled yet</translation>
        </message>
        <message>
            <source>Net paid by those statements</source>
            <translation>Net paid by those statements</translation>
        </message>
        <message>
            <source>Tax withheld</source>
            <translation>Tax withheld</translation>
        </message>
        <message>
            <source>Carried in from earlier statements</source>
            <translation>Carried in from earlier statements</translation>
        </message>
        <message>
            <source>Carried forward to later statements</source>
            <translation>Carried forward to later statements</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>The statements agree with the earnings.</source>
            <translation>The statements agree with the earnings.</translation>
        </message>
        <message>
            <source>The statements do not agree with the earnings. Check the statements of the period and the audit log before paying.</source>
            <translation>The statements do not agree with the earnings. Check the statements of the period and the audit log before paying.</translation>
        </message>
        <message>
            <source>Earned = settled + not settled, and settled = net paid + tax withheld − carried in + carried forward. The difference is zero when both hold.</source>
            <translation>Earned = settled + not settled, and settled = net paid + tax withheld − carried in + carried forward. The difference is zero when both hold.</translation>
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
        <name>RegionListEditor</name>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>“{text}” is not one region. Pick one from the list or type its six-digit code.</source>
            <translation>“{text}” is not one region. Pick one from the list or type its six-digit code.</translation>
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
        <name>ReturnDialog</name>
        <message>
            <source>Send back from {node}</source>
            <translation>Send back from {node}</translation>
        </message>
        <message>
            <source>Why is it sent back?</source>
            <translation>Why is it sent back?</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>Send back</translation>
        </message>
        <message>
            <source>Back to:</source>
            <translation>Back to:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>RowDialog</name>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>SaveDateDialog</name>
        <message>
            <source>Save prices</source>
            <translation>Save prices</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>Effective from</translation>
        </message>
        <message>
            <source>Save {count} changed prices in the {book} as new versions.</source>
            <translation>Save {count} changed prices in the {book} as new versions.</translation>
        </message>
        <message>
            <source>Earlier prices stay in the history. A price already in force on that date is never overwritten; a planned (future) price on that date is replaced.</source>
            <translation>Earlier prices stay in the history. A price already in force on that date is never overwritten; a planned (future) price on that date is replaced.</translation>
        </message>
        <message>
            <source>This date is in the past: the new prices also apply to work that is still open since then. Completed work orders keep the prices frozen on them.</source>
            <translation>This date is in the past: the new prices also apply to work that is still open since then. Completed work orders keep the prices frozen on them.</translation>
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
            <source>“{text}” is not a quantity.</source>
            <translation>“{text}” is not a quantity.</translation>
        </message>
        <message>
            <source>The quantity must be greater than zero, not {text}.</source>
            <translation>The quantity must be greater than zero, not {text}.</translation>
        </message>
        <message>
            <source>{text} is too large a quantity.</source>
            <translation>{text} is too large a quantity.</translation>
        </message>
        <message>
            <source>The quantity {text} has more than three decimals.</source>
            <translation>The quantity {text} has more than three decimals.</translation>
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
            <source>reopen completed work orders</source>
            <translation>reopen completed work orders</translation>
        </message>
        <message>
            <source>manage service providers and installers</source>
            <translation>manage service providers and installers</translation>
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
            <source>{user} may only read the national catalog; choose one of your regions as the owner.</source>
            <translation>{user} may only read the national catalog; choose one of your regions as the owner.</translation>
        </message>
        <message>
            <source>The code must not be empty.</source>
            <translation>The code must not be empty.</translation>
        </message>
        <message>
            <source>“{code}” is not a valid code: use up to 40 letters, digits, “-”, “_” and “.”, starting with a letter or digit.</source>
            <translation>“{code}” is not a valid code: use up to 40 letters, digits, “-”, “_” and “.”, starting with a letter or digit.</translation>
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
            <source>The unit must not be empty (for example 项, 台, 套, 米).</source>
            <translation>The unit must not be empty (for example 项, 台, 套, 米).</translation>
        </message>
        <message>
            <source>The unit must not be longer than {n} characters.</source>
            <translation>The unit must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>The specification must not be longer than {n} characters.</source>
            <translation>The specification must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>The complexity must be a whole number from 1 to 5, not {value}.</source>
            <translation>The complexity must be a whole number from 1 to 5, not {value}.</translation>
        </message>
        <message>
            <source>“{kind}” is not a kind of catalog row; use service or part.</source>
            <translation>“{kind}” is not a kind of catalog row; use service or part.</translation>
        </message>
        <message>
            <source>The category no longer exists.</source>
            <translation>The category no longer exists.</translation>
        </message>
        <message>
            <source>There is already a category named {name} at this place in the tree.</source>
            <translation>There is already a category named {name} at this place in the tree.</translation>
        </message>
        <message>
            <source>The parent category no longer exists.</source>
            <translation>The parent category no longer exists.</translation>
        </message>
        <message>
            <source>The category {name} belongs to the other catalog.</source>
            <translation>The category {name} belongs to the other catalog.</translation>
        </message>
        <message>
            <source>Categories can be nested at most {n} levels deep.</source>
            <translation>Categories can be nested at most {n} levels deep.</translation>
        </message>
        <message>
            <source>Another category already has the code {code}.</source>
            <translation>Another category already has the code {code}.</translation>
        </message>
        <message>
            <source>A category cannot be moved into itself or into one of its subcategories.</source>
            <translation>A category cannot be moved into itself or into one of its subcategories.</translation>
        </message>
        <message>
            <source>The category {name} still has {children} subcategories and {items} items. Move or delete them first.</source>
            <translation>The category {name} still has {children} subcategories and {items} items. Move or delete them first.</translation>
        </message>
        <message>
            <source>The catalog item no longer exists.</source>
            <translation>The catalog item no longer exists.</translation>
        </message>
        <message>
            <source>Another service item or part already has the code {code}.</source>
            <translation>Another service item or part already has the code {code}.</translation>
        </message>
        <message>
            <source>{item} is in service packages outside region {region} ({packages}); it cannot belong to that region alone.</source>
            <translation>{item} is in service packages outside region {region} ({packages}); it cannot belong to that region alone.</translation>
        </message>
        <message>
            <source>{item} is used by the active service packages {packages}. Remove it from them or deactivate them first.</source>
            <translation>{item} is used by the active service packages {packages}. Remove it from them or deactivate them first.</translation>
        </message>
        <message>
            <source>Another service package already has the code {code}.</source>
            <translation>Another service package already has the code {code}.</translation>
        </message>
        <message>
            <source>The service package no longer exists.</source>
            <translation>The service package no longer exists.</translation>
        </message>
        <message>
            <source>A service package needs at least one line.</source>
            <translation>A service package needs at least one line.</translation>
        </message>
        <message>
            <source>The item of line {line} no longer exists.</source>
            <translation>The item of line {line} no longer exists.</translation>
        </message>
        <message>
            <source>{item} is in the package twice; change the quantity of one line instead.</source>
            <translation>{item} is in the package twice; change the quantity of one line instead.</translation>
        </message>
        <message>
            <source>{item} is inactive and cannot be put in a service package.</source>
            <translation>{item} is inactive and cannot be put in a service package.</translation>
        </message>
        <message>
            <source>{item} belongs to region {item_region} and cannot be used in a package for {package_region}.</source>
            <translation>{item} belongs to region {item_region} and cannot be used in a package for {package_region}.</translation>
        </message>
        <message>
            <source>The service package {package} is inactive.</source>
            <translation>The service package {package} is inactive.</translation>
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
        <message>
            <source>{cell}: {reason}</source>
            <translation>{cell}: {reason}</translation>
        </message>
        <message>
            <source>{count} cells of {file} are not valid, so nothing was imported:</source>
            <translation>{count} cells of {file} are not valid, so nothing was imported:</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… and {count} more.</translation>
        </message>
        <message>
            <source>Prices are exported to .xlsx files, not {suffix}.</source>
            <translation>Prices are exported to .xlsx files, not {suffix}.</translation>
        </message>
        <message>
            <source>Prices are imported from .xlsx files, not {suffix}.</source>
            <translation>Prices are imported from .xlsx files, not {suffix}.</translation>
        </message>
        <message>
            <source>The sheet {sheet} of {file} has more than {n} rows; split the file.</source>
            <translation>The sheet {sheet} of {file} has more than {n} rows; split the file.</translation>
        </message>
        <message>
            <source>The first row must start with the column {column}.</source>
            <translation>The first row must start with the column {column}.</translation>
        </message>
        <message>
            <source>“{code}” is not a price tier code.</source>
            <translation>“{code}” is not a price tier code.</translation>
        </message>
        <message>
            <source>The tier {code} has a second column.</source>
            <translation>The tier {code} has a second column.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” is not a price book; name it settlement or sales.</source>
            <translation>The sheet “{sheet}” is not a price book; name it settlement or sales.</translation>
        </message>
        <message>
            <source>There is no catalog item with the code {code}.</source>
            <translation>There is no catalog item with the code {code}.</translation>
        </message>
        <message>
            <source>The item code is missing.</source>
            <translation>The item code is missing.</translation>
        </message>
        <message>
            <source>The item {code} is already on row {first_row}.</source>
            <translation>The item {code} is already on row {first_row}.</translation>
        </message>
        <message>
            <source>Formulas are not accepted ({text}); enter the amount.</source>
            <translation>Formulas are not accepted ({text}); enter the amount.</translation>
        </message>
        <message>
            <source>The file {file} has no settlement or sales sheet.</source>
            <translation>The file {file} has no settlement or sales sheet.</translation>
        </message>
        <message>
            <source>settlement price</source>
            <translation>settlement price</translation>
        </message>
        <message>
            <source>sales price</source>
            <translation>sales price</translation>
        </message>
        <message>
            <source>{item} ({code}) has no {book} in tier {tier} ({tier_code}) on {date}. Enter the price in the price grid.</source>
            <translation>{item} ({code}) has no {book} in tier {tier} ({tier_code}) on {date}. Enter the price in the price grid.</translation>
        </message>
        <message>
            <source>No tier rule matches {item} ({code}) in {region} on {date}, so it has no {book}. Add a rule, for example a national default.</source>
            <translation>No tier rule matches {item} ({code}) in {region} on {date}, so it has no {book}. Add a rule, for example a national default.</translation>
        </message>
        <message>
            <source>{item} / {tier}: {reason}</source>
            <translation>{item} / {tier}: {reason}</translation>
        </message>
        <message>
            <source>{count} prices cannot be saved, so nothing was saved:</source>
            <translation>{count} prices cannot be saved, so nothing was saved:</translation>
        </message>
        <message>
            <source>“{book}” is not a price book; use one of {books}.</source>
            <translation>“{book}” is not a price book; use one of {books}.</translation>
        </message>
        <message>
            <source>{text} is negative; a price cannot be.</source>
            <translation>{text} is negative; a price cannot be.</translation>
        </message>
        <message>
            <source>“{code}” is not a tier code: use 1 to 20 letters A–Z, digits, “-” or “_”.</source>
            <translation>“{code}” is not a tier code: use 1 to 20 letters A–Z, digits, “-” or “_”.</translation>
        </message>
        <message>
            <source>The tier name must not be empty.</source>
            <translation>The tier name must not be empty.</translation>
        </message>
        <message>
            <source>The tier name must not be longer than {n} characters.</source>
            <translation>The tier name must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>There is already a tier named {name}.</source>
            <translation>There is already a tier named {name}.</translation>
        </message>
        <message>
            <source>The price tier no longer exists.</source>
            <translation>The price tier no longer exists.</translation>
        </message>
        <message>
            <source>There is already a tier with the code {code}.</source>
            <translation>There is already a tier with the code {code}.</translation>
        </message>
        <message>
            <source>The tiers were changed by someone else. Reload and try again.</source>
            <translation>The tiers were changed by someone else. Reload and try again.</translation>
        </message>
        <message>
            <source>the item or the tier no longer exists.</source>
            <translation>the item or the tier no longer exists.</translation>
        </message>
        <message>
            <source>a price effective from {date} exists already and is in force; prices in force are never rewritten, save from a later date.</source>
            <translation>a price effective from {date} exists already and is in force; prices in force are never rewritten, save from a later date.</translation>
        </message>
        <message>
            <source>a price in force cannot be removed, only replaced by a new price.</source>
            <translation>a price in force cannot be removed, only replaced by a new price.</translation>
        </message>
        <message>
            <source>Someone else saved prices effective from {date} at the same time; nothing was saved. Reload and try again.</source>
            <translation>Someone else saved prices effective from {date} at the same time; nothing was saved. Reload and try again.</translation>
        </message>
        <message>
            <source>“{text}” is longer than {n} characters.</source>
            <translation>“{text}” is longer than {n} characters.</translation>
        </message>
        <message>
            <source>Choose the price tier the rule gives.</source>
            <translation>Choose the price tier the rule gives.</translation>
        </message>
        <message>
            <source>“{code}” is not a catalog category code.</source>
            <translation>“{code}” is not a catalog category code.</translation>
        </message>
        <message>
            <source>The complexity level must be a whole number from {low} to {high}.</source>
            <translation>The complexity level must be a whole number from {low} to {high}.</translation>
        </message>
        <message>
            <source>The priority must be a whole number from {low} to {high}.</source>
            <translation>The priority must be a whole number from {low} to {high}.</translation>
        </message>
        <message>
            <source>The tier rule no longer exists.</source>
            <translation>The tier rule no longer exists.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>Cannot read {file}: {reason}</translation>
        </message>
        <message>
            <source>{file} is not valid JSON (line:column {where}).</source>
            <translation>{file} is not valid JSON (line:column {where}).</translation>
        </message>
        <message>
            <source>{user} is not linked to an installer.</source>
            <translation>{user} is not linked to an installer.</translation>
        </message>
        <message>
            <source>The installer does not exist.</source>
            <translation>The installer does not exist.</translation>
        </message>
        <message>
            <source>The value shown is masked; enter the full number or leave it unchanged.</source>
            <translation>The value shown is masked; enter the full number or leave it unchanged.</translation>
        </message>
        <message>
            <source>The ID number “{number}” has {n} characters; a resident ID number has 18.</source>
            <translation>The ID number “{number}” has {n} characters; a resident ID number has 18.</translation>
        </message>
        <message>
            <source>The ID number “{number}” may only contain digits, with an X allowed as the last character.</source>
            <translation>The ID number “{number}” may only contain digits, with an X allowed as the last character.</translation>
        </message>
        <message>
            <source>The ID number “{number}” contains the birth date {date}, which is not a possible date.</source>
            <translation>The ID number “{number}” contains the birth date {date}, which is not a possible date.</translation>
        </message>
        <message>
            <source>The ID number “{number}” is not valid: its last character (the check digit) does not fit the other 17 digits. One of them is probably mistyped.</source>
            <translation>The ID number “{number}” is not valid: its last character (the check digit) does not fit the other 17 digits. One of them is probably mistyped.</translation>
        </message>
        <message>
            <source>The bank account “{account}” may only contain digits (spaces are allowed).</source>
            <translation>The bank account “{account}” may only contain digits (spaces are allowed).</translation>
        </message>
        <message>
            <source>The bank account “{account}” has {n} digits; an account number has {low} to {high}.</source>
            <translation>The bank account “{account}” has {n} digits; an account number has {low} to {high}.</translation>
        </message>
        <message>
            <source>“{tax_id}” is not a tax ID: enter the 18-character unified social credit code (统一社会信用代码).</source>
            <translation>“{tax_id}” is not a tax ID: enter the 18-character unified social credit code (统一社会信用代码).</translation>
        </message>
        <message>
            <source>“{code}” is not a valid code: use up to 20 letters, digits, “-”, “_” and “.”, starting with a letter or digit.</source>
            <translation>“{code}” is not a valid code: use up to 20 letters, digits, “-”, “_” and “.”, starting with a letter or digit.</translation>
        </message>
        <message>
            <source>The contact person must not be longer than {n} characters.</source>
            <translation>The contact person must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>The bank name must not be longer than {n} characters.</source>
            <translation>The bank name must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>The account holder must not be longer than {n} characters.</source>
            <translation>The account holder must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>Enter the bank (and branch) of the bank account.</source>
            <translation>Enter the bank (and branch) of the bank account.</translation>
        </message>
        <message>
            <source>“{mode}” is not a tax setting; use withheld or self_invoice.</source>
            <translation>“{mode}” is not a tax setting; use withheld or self_invoice.</translation>
        </message>
        <message>
            <source>{user} works in {scope} only: choose the regions the provider covers inside them.</source>
            <translation>{user} works in {scope} only: choose the regions the provider covers inside them.</translation>
        </message>
        <message>
            <source>{regions} lie outside the regions of {user}.</source>
            <translation>{regions} lie outside the regions of {user}.</translation>
        </message>
        <message>
            <source>The provider type no longer exists.</source>
            <translation>The provider type no longer exists.</translation>
        </message>
        <message>
            <source>There is already a provider type named {name}.</source>
            <translation>There is already a provider type named {name}.</translation>
        </message>
        <message>
            <source>The provider type {name} cannot be renamed: {count} rules (tier rules, owner rules) match on this name. Change those rules first, or add a new type.</source>
            <translation>The provider type {name} cannot be renamed: {count} rules (tier rules, owner rules) match on this name. Change those rules first, or add a new type.</translation>
        </message>
        <message>
            <source>The list of provider types was changed by someone else. Reload and try again.</source>
            <translation>The list of provider types was changed by someone else. Reload and try again.</translation>
        </message>
        <message>
            <source>Someone else just saved the same value. Reload and try again.</source>
            <translation>Someone else just saved the same value. Reload and try again.</translation>
        </message>
        <message>
            <source>The service provider no longer exists.</source>
            <translation>The service provider no longer exists.</translation>
        </message>
        <message>
            <source>The provider type {name} is inactive and cannot be chosen.</source>
            <translation>The provider type {name} is inactive and cannot be chosen.</translation>
        </message>
        <message>
            <source>The service provider {name} already has the code {code}.</source>
            <translation>The service provider {name} already has the code {code}.</translation>
        </message>
        <message>
            <source>The installers {installers} work in regions the provider would no longer cover. Change their regions first.</source>
            <translation>The installers {installers} work in regions the provider would no longer cover. Change their regions first.</translation>
        </message>
        <message>
            <source>{provider} still has {count} active installers. Deactivate them too, or move them to another provider first.</source>
            <translation>{provider} still has {count} active installers. Deactivate them too, or move them to another provider first.</translation>
        </message>
        <message>
            <source>The installer no longer exists.</source>
            <translation>The installer no longer exists.</translation>
        </message>
        <message>
            <source>The sign-in account no longer exists.</source>
            <translation>The sign-in account no longer exists.</translation>
        </message>
        <message>
            <source>The account {user} does not have the installer role; only installer accounts can be linked.</source>
            <translation>The account {user} does not have the installer role; only installer accounts can be linked.</translation>
        </message>
        <message>
            <source>The account {user} is already linked to the installer {installer}.</source>
            <translation>The account {user} is already linked to the installer {installer}.</translation>
        </message>
        <message>
            <source>The installer {installer} already has this ID number.</source>
            <translation>The installer {installer} already has this ID number.</translation>
        </message>
        <message>
            <source>The service provider {provider} is inactive; choose an active one.</source>
            <translation>The service provider {provider} is inactive; choose an active one.</translation>
        </message>
        <message>
            <source>{regions} lie outside the regions {provider} covers ({covered}).</source>
            <translation>{regions} lie outside the regions {provider} covers ({covered}).</translation>
        </message>
        <message>
            <source>The installer {name} already has the code {code}.</source>
            <translation>The installer {name} already has the code {code}.</translation>
        </message>
        <message>
            <source>The service provider {provider} is inactive. Activate it first, or move the installer to another provider.</source>
            <translation>The service provider {provider} is inactive. Activate it first, or move the installer to another provider.</translation>
        </message>
        <message>
            <source>“{text}” is not a month: write it as YYYY-MM, for example 2026-10.</source>
            <translation>“{text}” is not a month: write it as YYYY-MM, for example 2026-10.</translation>
        </message>
        <message>
            <source>Only sales prices change: what installers earn stays.</source>
            <translation>Only sales prices change: what installers earn stays.</translation>
        </message>
        <message>
            <source>No settlement price changes.</source>
            <translation>No settlement price changes.</translation>
        </message>
        <message>
            <source>The new prices take effect on {date}, after the period, so as dated they change nothing in it.</source>
            <translation>The new prices take effect on {date}, after the period, so as dated they change nothing in it.</translation>
        </message>
        <message>
            <source>The rule chooses sales prices: what installers earn stays.</source>
            <translation>The rule chooses sales prices: what installers earn stays.</translation>
        </message>
        <message>
            <source>The rule starts on {date}, after the period: it changes nothing in it.</source>
            <translation>The rule starts on {date}, after the period: it changes nothing in it.</translation>
        </message>
        <message>
            <source>Only work in the regions of {user} is counted.</source>
            <translation>Only work in the regions of {user} is counted.</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>issued</source>
            <translation>issued</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>paid</translation>
        </message>
        <message>
            <source>void</source>
            <translation>void</translation>
        </message>
        <message>
            <source>There is no statement {number}.</source>
            <translation>There is no statement {number}.</translation>
        </message>
        <message>
            <source>The draft statement of {payee} is out of date: its earnings changed after it was built. Build the statements again.</source>
            <translation>The draft statement of {payee} is out of date: its earnings changed after it was built. Build the statements again.</translation>
        </message>
        <message>
            <source>“{kind}” is not a kind of payee; use installer or provider.</source>
            <translation>“{kind}” is not a kind of payee; use installer or provider.</translation>
        </message>
        <message>
            <source>Statement {number} is {status}; only drafts are issued.</source>
            <translation>Statement {number} is {status}; only drafts are issued.</translation>
        </message>
        <message>
            <source>The balance carried into the statement of {payee} was taken by another statement. Build the statements again.</source>
            <translation>The balance carried into the statement of {payee} was taken by another statement. Build the statements again.</translation>
        </message>
        <message>
            <source>Some of these earnings were settled by statement {number} in the meantime, so nothing was issued. Build the statements again.</source>
            <translation>Some of these earnings were settled by statement {number} in the meantime, so nothing was issued. Build the statements again.</translation>
        </message>
        <message>
            <source>Statement {number} is {status}; only issued statements are paid.</source>
            <translation>Statement {number} is {status}; only issued statements are paid.</translation>
        </message>
        <message>
            <source>The payment reference is longer than 100 characters.</source>
            <translation>The payment reference is longer than 100 characters.</translation>
        </message>
        <message>
            <source>Statement {number} is {status}; only issued statements are voided.</source>
            <translation>Statement {number} is {status}; only issued statements are voided.</translation>
        </message>
        <message>
            <source>Say why the statement is voided (at most 200 characters).</source>
            <translation>Say why the statement is voided (at most 200 characters).</translation>
        </message>
        <message>
            <source>Statement {taker} carried the balance of {number} forward; void {taker} first.</source>
            <translation>Statement {taker} carried the balance of {number} forward; void {taker} first.</translation>
        </message>
        <message>
            <source>Only a voided statement is amended; void {number} first.</source>
            <translation>Only a voided statement is amended; void {number} first.</translation>
        </message>
        <message>
            <source>Statement {number} already has an amendment ({amendment}).</source>
            <translation>Statement {number} already has an amendment ({amendment}).</translation>
        </message>
        <message>
            <source>a draft</source>
            <translation>a draft</translation>
        </message>
        <message>
            <source>Nothing is left to settle for {payee} in this period.</source>
            <translation>Nothing is left to settle for {payee} in this period.</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>assigned</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completed</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>bonus</translation>
        </message>
        <message>
            <source>deduction</source>
            <translation>deduction</translation>
        </message>
        <message>
            <source>correction</source>
            <translation>correction</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <source>service address</source>
            <translation>service address</translation>
        </message>
        <message>
            <source>line note</source>
            <translation>line note</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>reason</translation>
        </message>
        <message>
            <source>scenario</source>
            <translation>scenario</translation>
        </message>
        <message>
            <source>No work order was completed; {count} cannot be: {problems}{more}</source>
            <translation>No work order was completed; {count} cannot be: {problems}{more}</translation>
        </message>
        <message>
            <source>There is no work order {number}.</source>
            <translation>There is no work order {number}.</translation>
        </message>
        <message>
            <source>The {field} is longer than {limit} characters.</source>
            <translation>The {field} is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>The complexity must be between {low} and {high}, not {value}.</source>
            <translation>The complexity must be between {low} and {high}, not {value}.</translation>
        </message>
        <message>
            <source>Choose the service provider before the crew.</source>
            <translation>Choose the service provider before the crew.</translation>
        </message>
        <message>
            <source>Crew member {row} is not an installer.</source>
            <translation>Crew member {row} is not an installer.</translation>
        </message>
        <message>
            <source>{name} is in the crew twice.</source>
            <translation>{name} is in the crew twice.</translation>
        </message>
        <message>
            <source>{name} does not work for {provider}.</source>
            <translation>{name} does not work for {provider}.</translation>
        </message>
        <message>
            <source>The share of {name} must be more than 0 and at most 100 percent, with two decimals.</source>
            <translation>The share of {name} must be more than 0 and at most 100 percent, with two decimals.</translation>
        </message>
        <message>
            <source>The crew's shares add up to {sum}%, not 100%.</source>
            <translation>The crew's shares add up to {sum}%, not 100%.</translation>
        </message>
        <message>
            <source>Line {row} has no catalog item.</source>
            <translation>Line {row} has no catalog item.</translation>
        </message>
        <message>
            <source>Line {row}: {item} ({code}) is inactive and cannot be added.</source>
            <translation>Line {row}: {item} ({code}) is inactive and cannot be added.</translation>
        </message>
        <message>
            <source>Adjustment {row}: “{kind}” is not a kind of adjustment.</source>
            <translation>Adjustment {row}: “{kind}” is not a kind of adjustment.</translation>
        </message>
        <message>
            <source>Adjustment {row} has no amount.</source>
            <translation>Adjustment {row} has no amount.</translation>
        </message>
        <message>
            <source>Adjustment {row}: a bonus is a positive amount.</source>
            <translation>Adjustment {row}: a bonus is a positive amount.</translation>
        </message>
        <message>
            <source>Adjustment {row}: a deduction is a negative amount.</source>
            <translation>Adjustment {row}: a deduction is a negative amount.</translation>
        </message>
        <message>
            <source>Adjustment {row} needs a reason.</source>
            <translation>Adjustment {row} needs a reason.</translation>
        </message>
        <message>
            <source>Adjustment {row}: the work order has no crew to pay it to.</source>
            <translation>Adjustment {row}: the work order has no crew to pay it to.</translation>
        </message>
        <message>
            <source>Adjustment {row} is for an installer who is not in the crew.</source>
            <translation>Adjustment {row} is for an installer who is not in the crew.</translation>
        </message>
        <message>
            <source>Choose the customer.</source>
            <translation>Choose the customer.</translation>
        </message>
        <message>
            <source>The service provider does not exist.</source>
            <translation>The service provider does not exist.</translation>
        </message>
        <message>
            <source>The service provider {name} is inactive.</source>
            <translation>The service provider {name} is inactive.</translation>
        </message>
        <message>
            <source>Work order {number} is {status} and cannot be changed.</source>
            <translation>Work order {number} is {status} and cannot be changed.</translation>
        </message>
        <message>
            <source>Work order {number} cannot go from {current} to {target}.</source>
            <translation>Work order {number} cannot go from {current} to {target}.</translation>
        </message>
        <message>
            <source>Work order {number} has no service provider.</source>
            <translation>Work order {number} has no service provider.</translation>
        </message>
        <message>
            <source>Work order {number} has no crew.</source>
            <translation>Work order {number} has no crew.</translation>
        </message>
        <message>
            <source>Say why the work order is cancelled.</source>
            <translation>Say why the work order is cancelled.</translation>
        </message>
        <message>
            <source>it is {status}.</source>
            <translation>it is {status}.</translation>
        </message>
        <message>
            <source>it was changed by someone else; reload it.</source>
            <translation>it was changed by someone else; reload it.</translation>
        </message>
        <message>
            <source>it has no service provider.</source>
            <translation>it has no service provider.</translation>
        </message>
        <message>
            <source>it has no crew.</source>
            <translation>it has no crew.</translation>
        </message>
        <message>
            <source>it has no lines.</source>
            <translation>it has no lines.</translation>
        </message>
        <message>
            <source>Some work orders were changed by someone else; reload them.</source>
            <translation>Some work orders were changed by someone else; reload them.</translation>
        </message>
        <message>
            <source>Work order {number} is {status}; only completed work orders are reopened.</source>
            <translation>Work order {number} is {status}; only completed work orders are reopened.</translation>
        </message>
        <message>
            <source>Say why the work order is reopened.</source>
            <translation>Say why the work order is reopened.</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>Expected text or a number.</source>
            <translation>Expected text or a number.</translation>
        </message>
        <message>
            <source>“{text}” is not a date (YYYY-MM-DD).</source>
            <translation>“{text}” is not a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Expected a list.</source>
            <translation>Expected a list.</translation>
        </message>
        <message>
            <source>There is no {what} with the code {code}.</source>
            <translation>There is no {what} with the code {code}.</translation>
        </message>
        <message>
            <source>Expected an object.</source>
            <translation>Expected an object.</translation>
        </message>
        <message>
            <source>No customer has this phone number or id.</source>
            <translation>No customer has this phone number or id.</translation>
        </message>
        <message>
            <source>service provider</source>
            <translation>service provider</translation>
        </message>
        <message>
            <source>installer</source>
            <translation>installer</translation>
        </message>
        <message>
            <source>“{text}” is not a percentage.</source>
            <translation>“{text}” is not a percentage.</translation>
        </message>
        <message>
            <source>service package</source>
            <translation>service package</translation>
        </message>
        <message>
            <source>catalog item</source>
            <translation>catalog item</translation>
        </message>
        <message>
            <source>{code} is not in the crew.</source>
            <translation>{code} is not in the crew.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number.</source>
            <translation>“{text}” is not a whole number.</translation>
        </message>
        <message>
            <source>A new work order is draft, assigned or in_progress.</source>
            <translation>A new work order is draft, assigned or in_progress.</translation>
        </message>
        <message>
            <source>The font for printing statements is missing or damaged: {path}. Reinstall SCRM Desktop.</source>
            <translation>The font for printing statements is missing or damaged: {path}. Reinstall SCRM Desktop.</translation>
        </message>
        <message>
            <source>This statement was saved in a newer format ({schema}) than this version of SCRM Desktop can print. Update the program.</source>
            <translation>This statement was saved in a newer format ({schema}) than this version of SCRM Desktop can print. Update the program.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Cannot write {path}: {reason}</translation>
        </message>
        <message>
            <source>The BPMN file is larger than {limit} MB.</source>
            <translation>The BPMN file is larger than {limit} MB.</translation>
        </message>
        <message>
            <source>The BPMN file nests elements more than {limit} levels deep.</source>
            <translation>The BPMN file nests elements more than {limit} levels deep.</translation>
        </message>
        <message>
            <source>The BPMN file has more than {limit} XML elements.</source>
            <translation>The BPMN file has more than {limit} XML elements.</translation>
        </message>
        <message>
            <source>The file contains a DOCTYPE declaration or entities, which BPMN files may not have; it was not read.</source>
            <translation>The file contains a DOCTYPE declaration or entities, which BPMN files may not have; it was not read.</translation>
        </message>
        <message>
            <source>The file is not well-formed XML: {reason}</source>
            <translation>The file is not well-formed XML: {reason}</translation>
        </message>
        <message>
            <source>Node id '{id}' is not a valid id.</source>
            <translation>Node id '{id}' is not a valid id.</translation>
        </message>
        <message>
            <source>Edge id '{id}' is not a valid id.</source>
            <translation>Edge id '{id}' is not a valid id.</translation>
        </message>
        <message>
            <source>A node and an edge share the id '{id}'; BPMN needs unique ids.</source>
            <translation>A node and an edge share the id '{id}'; BPMN needs unique ids.</translation>
        </message>
        <message>
            <source>The file is not BPMN 2.0 XML (its root element is {element}).</source>
            <translation>The file is not BPMN 2.0 XML (its root element is {element}).</translation>
        </message>
        <message>
            <source>The BPMN file contains no process.</source>
            <translation>The BPMN file contains no process.</translation>
        </message>
        <message>
            <source>The file has {count} processes or pools; only '{name}' was imported.</source>
            <translation>The file has {count} processes or pools; only '{name}' was imported.</translation>
        </message>
        <message>
            <source>Id '{id}' appears twice; the second element was ignored.</source>
            <translation>Id '{id}' appears twice; the second element was ignored.</translation>
        </message>
        <message>
            <source>Id '{id}' is not a valid id; it was replaced by '{new}'.</source>
            <translation>Id '{id}' is not a valid id; it was replaced by '{new}'.</translation>
        </message>
        <message>
            <source>A workflow may have at most {limit} nodes.</source>
            <translation>A workflow may have at most {limit} nodes.</translation>
        </message>
        <message>
            <source>Node {id}: {feature} is not supported and was ignored.</source>
            <translation>Node {id}: {feature} is not supported and was ignored.</translation>
        </message>
        <message>
            <source>Node {id}: the {element} was imported as an exclusive gateway; check its conditions.</source>
            <translation>Node {id}: the {element} was imported as an exclusive gateway; check its conditions.</translation>
        </message>
        <message>
            <source>Node {id}: cannot represent {element}; imported as a manual task needing an assignee.</source>
            <translation>Node {id}: cannot represent {element}; imported as a manual task needing an assignee.</translation>
        </message>
        <message>
            <source>Edge {id}: it refers to a node that does not exist ({ref}); it was dropped.</source>
            <translation>Edge {id}: it refers to a node that does not exist ({ref}); it was dropped.</translation>
        </message>
        <message>
            <source>Edge {id}: condition in {language} needs review.</source>
            <translation>Edge {id}: condition in {language} needs review.</translation>
        </message>
        <message>
            <source>Node {id}: the boundary event on {attached} was removed with its outgoing flows.</source>
            <translation>Node {id}: the boundary event on {attached} was removed with its outgoing flows.</translation>
        </message>
        <message>
            <source>The process has {count} start events; only the first ({id}) was kept.</source>
            <translation>The process has {count} start events; only the first ({id}) was kept.</translation>
        </message>
        <message>
            <source>Node {id}: the parallel gateway both joins and splits; it was imported as a split.</source>
            <translation>Node {id}: the parallel gateway both joins and splits; it was imported as a split.</translation>
        </message>
        <message>
            <source>Node {id}: the {element} was removed and its incoming and outgoing flows were joined.</source>
            <translation>Node {id}: the {element} was removed and its incoming and outgoing flows were joined.</translation>
        </message>
        <message>
            <source>Node {id}: the gateway only merges flows; it was removed and its incoming flows now lead to {target}.</source>
            <translation>Node {id}: the gateway only merges flows; it was removed and its incoming flows now lead to {target}.</translation>
        </message>
        <message>
            <source>Nested lanes were flattened into stages.</source>
            <translation>Nested lanes were flattened into stages.</translation>
        </message>
        <message>
            <source>The file has no layout; the workflow was laid out automatically.</source>
            <translation>The file has no layout; the workflow was laid out automatically.</translation>
        </message>
        <message>
            <source>Nodes without a layout ({count}) were placed automatically below the others.</source>
            <translation>Nodes without a layout ({count}) were placed automatically below the others.</translation>
        </message>
        <message>
            <source>number</source>
            <translation>number</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>yes-no</source>
            <translation>yes-no</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>empty</translation>
        </message>
        <message>
            <source>list</source>
            <translation>list</translation>
        </message>
        <message>
            <source>text or list</source>
            <translation>text or list</translation>
        </message>
        <message>
            <source>attribute access</source>
            <translation>attribute access</translation>
        </message>
        <message>
            <source>subscript</source>
            <translation>subscript</translation>
        </message>
        <message>
            <source>slice</source>
            <translation>slice</translation>
        </message>
        <message>
            <source>lambda</source>
            <translation>lambda</translation>
        </message>
        <message>
            <source>comprehension</source>
            <translation>comprehension</translation>
        </message>
        <message>
            <source>generator expression</source>
            <translation>generator expression</translation>
        </message>
        <message>
            <source>f-string</source>
            <translation>f-string</translation>
        </message>
        <message>
            <source>unpacking (*)</source>
            <translation>unpacking (*)</translation>
        </message>
        <message>
            <source>assignment expression (:=)</source>
            <translation>assignment expression (:=)</translation>
        </message>
        <message>
            <source>await</source>
            <translation>await</translation>
        </message>
        <message>
            <source>yield</source>
            <translation>yield</translation>
        </message>
        <message>
            <source>dictionary</source>
            <translation>dictionary</translation>
        </message>
        <message>
            <source>set</source>
            <translation>set</translation>
        </message>
        <message>
            <source>keyword argument</source>
            <translation>keyword argument</translation>
        </message>
        <message>
            <source>keyword unpacking (**)</source>
            <translation>keyword unpacking (**)</translation>
        </message>
        <message>
            <source>call of a computed value</source>
            <translation>call of a computed value</translation>
        </message>
        <message>
            <source>bytes literal</source>
            <translation>bytes literal</translation>
        </message>
        <message>
            <source>imaginary number</source>
            <translation>imaginary number</translation>
        </message>
        <message>
            <source>ellipsis (...)</source>
            <translation>ellipsis (...)</translation>
        </message>
        <message>
            <source>Expression must be text, not {type}</source>
            <translation>Expression must be text, not {type}</translation>
        </message>
        <message>
            <source>Expression: longer than {limit} characters</source>
            <translation>Expression: longer than {limit} characters</translation>
        </message>
        <message>
            <source>Expression is empty</source>
            <translation>Expression is empty</translation>
        </message>
        <message>
            <source>Expression: too complex (more than {limit} parts)</source>
            <translation>Expression: too complex (more than {limit} parts)</translation>
        </message>
        <message>
            <source>Expression: nested more than {limit} levels deep</source>
            <translation>Expression: nested more than {limit} levels deep</translation>
        </message>
        <message>
            <source>Expression syntax error at column {column}: {detail}</source>
            <translation>Expression syntax error at column {column}: {detail}</translation>
        </message>
        <message>
            <source>Expression: {construct} is not allowed</source>
            <translation>Expression: {construct} is not allowed</translation>
        </message>
        <message>
            <source>Expression: the operator '{operator}' is not allowed</source>
            <translation>Expression: the operator '{operator}' is not allowed</translation>
        </message>
        <message>
            <source>Expression: the number {number} is too large</source>
            <translation>Expression: the number {number} is too large</translation>
        </message>
        <message>
            <source>Expression: function call to '{name}' is not allowed (allowed: {allowed})</source>
            <translation>Expression: function call to '{name}' is not allowed (allowed: {allowed})</translation>
        </message>
        <message>
            <source>Expression: {name}() takes at least {least} argument(s), not {count}</source>
            <translation>Expression: {name}() takes at least {least} argument(s), not {count}</translation>
        </message>
        <message>
            <source>Expression: {name}() takes {least} argument(s), not {count}</source>
            <translation>Expression: {name}() takes {least} argument(s), not {count}</translation>
        </message>
        <message>
            <source>Expression: {name}() takes {least} to {most} argument(s), not {count}</source>
            <translation>Expression: {name}() takes {least} to {most} argument(s), not {count}</translation>
        </message>
        <message>
            <source>Expression: result too large</source>
            <translation>Expression: result too large</translation>
        </message>
        <message>
            <source>is not a finite number of at most 30 digits</source>
            <translation>is not a finite number of at most 30 digits</translation>
        </message>
        <message>
            <source>has an unsupported type</source>
            <translation>has an unsupported type</translation>
        </message>
        <message>
            <source>Expression: unknown name '{name}'</source>
            <translation>Expression: unknown name '{name}'</translation>
        </message>
        <message>
            <source>Expression: the value of '{name}' ({type}) {reason}</source>
            <translation>Expression: the value of '{name}' ({type}) {reason}</translation>
        </message>
        <message>
            <source>Expression: too complex to evaluate</source>
            <translation>Expression: too complex to evaluate</translation>
        </message>
        <message>
            <source>Expression: cannot compare {left} with {right} using '{op}'</source>
            <translation>Expression: cannot compare {left} with {right} using '{op}'</translation>
        </message>
        <message>
            <source>Expression: cannot use '{op}' on {left} and {right}</source>
            <translation>Expression: cannot use '{op}' on {left} and {right}</translation>
        </message>
        <message>
            <source>Expression: division by zero</source>
            <translation>Expression: division by zero</translation>
        </message>
        <message>
            <source>Expression: the text result would be longer than {limit} characters</source>
            <translation>Expression: the text result would be longer than {limit} characters</translation>
        </message>
        <message>
            <source>Expression: the exponent must be a whole number from 0 to {limit}</source>
            <translation>Expression: the exponent must be a whole number from 0 to {limit}</translation>
        </message>
        <message>
            <source>Expression: cannot use '{op}' on {operand}</source>
            <translation>Expression: cannot use '{op}' on {operand}</translation>
        </message>
        <message>
            <source>Expression: {name}() needs {expected}, not {actual}</source>
            <translation>Expression: {name}() needs {expected}, not {actual}</translation>
        </message>
        <message>
            <source>Expression: {name}() of an empty list</source>
            <translation>Expression: {name}() of an empty list</translation>
        </message>
        <message>
            <source>Expression: the digits of round() must be a whole number from {low} to {high}</source>
            <translation>Expression: the digits of round() must be a whole number from {low} to {high}</translation>
        </message>
        <message>
            <source>Expression: '{text}' is not a number</source>
            <translation>Expression: '{text}' is not a number</translation>
        </message>
        <message>
            <source>Condition: too complex to write as an expression: {error}</source>
            <translation>Condition: too complex to write as an expression: {error}</translation>
        </message>
        <message>
            <source>Condition: expected a mapping with 'all', 'any', 'not', 'expr' or 'field', not {type}</source>
            <translation>Condition: expected a mapping with 'all', 'any', 'not', 'expr' or 'field', not {type}</translation>
        </message>
        <message>
            <source>Condition: unexpected key '{key}'</source>
            <translation>Condition: unexpected key '{key}'</translation>
        </message>
        <message>
            <source>Condition: nested more than {limit} levels deep</source>
            <translation>Condition: nested more than {limit} levels deep</translation>
        </message>
        <message>
            <source>Condition: '{key}' needs a list of conditions</source>
            <translation>Condition: '{key}' needs a list of conditions</translation>
        </message>
        <message>
            <source>Condition: more than {limit} comparisons</source>
            <translation>Condition: more than {limit} comparisons</translation>
        </message>
        <message>
            <source>Condition: 'expr' needs text</source>
            <translation>Condition: 'expr' needs text</translation>
        </message>
        <message>
            <source>Condition: missing '{key}'</source>
            <translation>Condition: missing '{key}'</translation>
        </message>
        <message>
            <source>Condition: '{name}' is not a valid field name</source>
            <translation>Condition: '{name}' is not a valid field name</translation>
        </message>
        <message>
            <source>Condition: unknown operator '{op}' (allowed: {allowed})</source>
            <translation>Condition: unknown operator '{op}' (allowed: {allowed})</translation>
        </message>
        <message>
            <source>Condition: '{op}' takes no value</source>
            <translation>Condition: '{op}' takes no value</translation>
        </message>
        <message>
            <source>Condition: '{op}' needs a list of values</source>
            <translation>Condition: '{op}' needs a list of values</translation>
        </message>
        <message>
            <source>Condition: {value} is not a valid value for '{op}'</source>
            <translation>Condition: {value} is not a valid value for '{op}'</translation>
        </message>
        <message>
            <source>“{text}” is not a time of day; write it as HH:MM, for example 09:00.</source>
            <translation>“{text}” is not a time of day; write it as HH:MM, for example 09:00.</translation>
        </message>
        <message>
            <source>The working day must end after it starts.</source>
            <translation>The working day must end after it starts.</translation>
        </message>
        <message>
            <source>Give both the start and the end of the lunch break, or neither.</source>
            <translation>Give both the start and the end of the lunch break, or neither.</translation>
        </message>
        <message>
            <source>The lunch break must start after the working day starts and end before it ends.</source>
            <translation>The lunch break must start after the working day starts and end before it ends.</translation>
        </message>
        <message>
            <source>Choose at least one working weekday.</source>
            <translation>Choose at least one working weekday.</translation>
        </message>
        <message>
            <source>“{zone}” is not a time zone (for example Asia/Shanghai).</source>
            <translation>“{zone}” is not a time zone (for example Asia/Shanghai).</translation>
        </message>
        <message>
            <source>The work calendar</source>
            <translation>The work calendar</translation>
        </message>
        <message>
            <source>Choose a date.</source>
            <translation>Choose a date.</translation>
        </message>
        <message>
            <source>The note must not be longer than {n} characters.</source>
            <translation>The note must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>The workflow has no node {node}.</source>
            <translation>The workflow has no node {node}.</translation>
        </message>
        <message>
            <source>The workflow has no start node.</source>
            <translation>The workflow has no start node.</translation>
        </message>
        <message>
            <source>No matching path at gateway {name} for work order {number}: no condition is true and there is no default.</source>
            <translation>No matching path at gateway {name} for work order {number}: no condition is true and there is no default.</translation>
        </message>
        <message>
            <source>Work order {number} went through more than {limit} automatic steps at {name}: the workflow loops without a task or approval.</source>
            <translation>Work order {number} went through more than {limit} automatic steps at {name}: the workflow loops without a task or approval.</translation>
        </message>
        <message>
            <source>Gateway {name} for work order {number}: {problem}</source>
            <translation>Gateway {name} for work order {number}: {problem}</translation>
        </message>
        <message>
            <source>Work order {number} is not at {name} (any more). Reload and try again.</source>
            <translation>Work order {number} is not at {name} (any more). Reload and try again.</translation>
        </message>
        <message>
            <source>{user} may not act on {name} of work order {number}.</source>
            <translation>{user} may not act on {name} of work order {number}.</translation>
        </message>
        <message>
            <source>{name} of work order {number} has no earlier step to send the work back to.</source>
            <translation>{name} of work order {number} has no earlier step to send the work back to.</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not an amount.</source>
            <translation>{label}: “{value}” is not an amount.</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not an amount with at most two decimals.</source>
            <translation>{label}: “{value}” is not an amount with at most two decimals.</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not a number.</source>
            <translation>{label}: “{value}” is not a number.</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not a date (YYYY-MM-DD).</source>
            <translation>{label}: “{value}” is not a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>{label}: answer yes or no.</source>
            <translation>{label}: answer yes or no.</translation>
        </message>
        <message>
            <source>{label}: text expected.</source>
            <translation>{label}: text expected.</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Multi-line text</source>
            <translation>Multi-line text</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Money</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Single select</source>
            <translation>Single select</translation>
        </message>
        <message>
            <source>Multi select</source>
            <translation>Multi select</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Catalog lines</source>
            <translation>Catalog lines</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Checkbox</source>
            <translation>Checkbox</translation>
        </message>
        <message>
            <source>Computed</source>
            <translation>Computed</translation>
        </message>
        <message>
            <source>Form field #{index} must be a JSON object.</source>
            <translation>Form field #{index} must be a JSON object.</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <source>a list of texts</source>
            <translation>a list of texts</translation>
        </message>
        <message>
            <source>a condition (a JSON object)</source>
            <translation>a condition (a JSON object)</translation>
        </message>
        <message>
            <source>a number or a date as text</source>
            <translation>a number or a date as text</translation>
        </message>
        <message>
            <source>Form field #{index} ({key}): '{property}' must be {kind}.</source>
            <translation>Form field #{index} ({key}): '{property}' must be {kind}.</translation>
        </message>
        <message>
            <source>A form must be a JSON object.</source>
            <translation>A form must be a JSON object.</translation>
        </message>
        <message>
            <source>A form's 'fields' must be a list of fields.</source>
            <translation>A form's 'fields' must be a list of fields.</translation>
        </message>
        <message>
            <source>Field key {key} appears twice.</source>
            <translation>Field key {key} appears twice.</translation>
        </message>
        <message>
            <source>A form's 'rows' must be a list of lists of field keys.</source>
            <translation>A form's 'rows' must be a list of lists of field keys.</translation>
        </message>
        <message>
            <source>A form may have at most {limit} fields.</source>
            <translation>A form may have at most {limit} fields.</translation>
        </message>
        <message>
            <source>The form has no fields.</source>
            <translation>The form has no fields.</translation>
        </message>
        <message>
            <source>Row {index} is empty.</source>
            <translation>Row {index} is empty.</translation>
        </message>
        <message>
            <source>Row {index} holds more than {limit} fields.</source>
            <translation>Row {index} holds more than {limit} fields.</translation>
        </message>
        <message>
            <source>Row {index} names a field '{key}' the form does not have.</source>
            <translation>Row {index} names a field '{key}' the form does not have.</translation>
        </message>
        <message>
            <source>Field {label} is placed in more than one row.</source>
            <translation>Field {label} is placed in more than one row.</translation>
        </message>
        <message>
            <source>Row {index}: its fields span {count} columns; a row has {limit}.</source>
            <translation>Row {index}: its fields span {count} columns; a row has {limit}.</translation>
        </message>
        <message>
            <source>Field {label} is in no row.</source>
            <translation>Field {label} is in no row.</translation>
        </message>
        <message>
            <source>Field key '{key}' is not valid: use 1 to 40 letters, digits or '_', starting with a letter.</source>
            <translation>Field key '{key}' is not valid: use 1 to 40 letters, digits or '_', starting with a letter.</translation>
        </message>
        <message>
            <source>Field {label}: unknown type '{type}'.</source>
            <translation>Field {label}: unknown type '{type}'.</translation>
        </message>
        <message>
            <source>Field {label} has no label.</source>
            <translation>Field {label} has no label.</translation>
        </message>
        <message>
            <source>Field {label}: the {property} is longer than {limit} characters.</source>
            <translation>Field {label}: the {property} is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>Field {label}: the width must be from 1 to {limit} columns.</source>
            <translation>Field {label}: the width must be from 1 to {limit} columns.</translation>
        </message>
        <message>
            <source>label</source>
            <translation>label</translation>
        </message>
        <message>
            <source>help text</source>
            <translation>help text</translation>
        </message>
        <message>
            <source>placeholder</source>
            <translation>placeholder</translation>
        </message>
        <message>
            <source>minimum</source>
            <translation>minimum</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>maximum</translation>
        </message>
        <message>
            <source>minimum length</source>
            <translation>minimum length</translation>
        </message>
        <message>
            <source>maximum length</source>
            <translation>maximum length</translation>
        </message>
        <message>
            <source>pattern</source>
            <translation>pattern</translation>
        </message>
        <message>
            <source>decimal places</source>
            <translation>decimal places</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>formula</source>
            <translation>formula</translation>
        </message>
        <message>
            <source>number of files</source>
            <translation>number of files</translation>
        </message>
        <message>
            <source>Field {label}: the {property} does nothing for a field of type {type}.</source>
            <translation>Field {label}: the {property} does nothing for a field of type {type}.</translation>
        </message>
        <message>
            <source>Field {label}: a computed field cannot be required.</source>
            <translation>Field {label}: a computed field cannot be required.</translation>
        </message>
        <message>
            <source>Field {label}: a select needs at least one option.</source>
            <translation>Field {label}: a select needs at least one option.</translation>
        </message>
        <message>
            <source>Field {label}: at most {limit} options.</source>
            <translation>Field {label}: at most {limit} options.</translation>
        </message>
        <message>
            <source>Field {label}: an option is empty or starts or ends with a space.</source>
            <translation>Field {label}: an option is empty or starts or ends with a space.</translation>
        </message>
        <message>
            <source>Field {label}: option '{option}' is longer than {limit} characters or unreadable.</source>
            <translation>Field {label}: option '{option}' is longer than {limit} characters or unreadable.</translation>
        </message>
        <message>
            <source>Field {label}: option '{option}' appears twice.</source>
            <translation>Field {label}: option '{option}' appears twice.</translation>
        </message>
        <message>
            <source>Field {label}: the minimum is larger than the maximum.</source>
            <translation>Field {label}: the minimum is larger than the maximum.</translation>
        </message>
        <message>
            <source>a number such as 10 or 2.5</source>
            <translation>a number such as 10 or 2.5</translation>
        </message>
        <message>
            <source>an amount such as 100 or 99.90</source>
            <translation>an amount such as 100 or 99.90</translation>
        </message>
        <message>
            <source>a date such as 2025-01-31</source>
            <translation>a date such as 2025-01-31</translation>
        </message>
        <message>
            <source>a date and time such as 2025-01-31T14:30:00+08:00</source>
            <translation>a date and time such as 2025-01-31T14:30:00+08:00</translation>
        </message>
        <message>
            <source>Field {label}: the {property} must be {format}.</source>
            <translation>Field {label}: the {property} must be {format}.</translation>
        </message>
        <message>
            <source>Field {label}: the {property} must be from 0 to {limit}.</source>
            <translation>Field {label}: the {property} must be from 0 to {limit}.</translation>
        </message>
        <message>
            <source>Field {label}: the minimum length is larger than the maximum.</source>
            <translation>Field {label}: the minimum length is larger than the maximum.</translation>
        </message>
        <message>
            <source>Field {label}: {reason}</source>
            <translation>Field {label}: {reason}</translation>
        </message>
        <message>
            <source>Field {label}: the decimal places must be from 0 to {limit}.</source>
            <translation>Field {label}: the decimal places must be from 0 to {limit}.</translation>
        </message>
        <message>
            <source>Field {label}: the number of files must be from 1 to {limit}.</source>
            <translation>Field {label}: the number of files must be from 1 to {limit}.</translation>
        </message>
        <message>
            <source>Field {label}: a computed field needs a formula.</source>
            <translation>Field {label}: a computed field needs a formula.</translation>
        </message>
        <message>
            <source>Field {label}: the formula: {reason}</source>
            <translation>Field {label}: the formula: {reason}</translation>
        </message>
        <message>
            <source>Field {label}: the formula reads '{name}', which is not another field of this form.</source>
            <translation>Field {label}: the formula reads '{name}', which is not another field of this form.</translation>
        </message>
        <message>
            <source>visibility rule</source>
            <translation>visibility rule</translation>
        </message>
        <message>
            <source>required-when rule</source>
            <translation>required-when rule</translation>
        </message>
        <message>
            <source>Field {label}: the {rule}: {reason}</source>
            <translation>Field {label}: the {rule}: {reason}</translation>
        </message>
        <message>
            <source>Field {label}: the {rule} reads '{name}', which is not another field of this form.</source>
            <translation>Field {label}: the {rule} reads '{name}', which is not another field of this form.</translation>
        </message>
        <message>
            <source>Field {label}: a field of type {type} cannot have a default value.</source>
            <translation>Field {label}: a field of type {type} cannot have a default value.</translation>
        </message>
        <message>
            <source>Field {label}: the default value is not valid: {reason}</source>
            <translation>Field {label}: the default value is not valid: {reason}</translation>
        </message>
        <message>
            <source>Fields {fields} depend on each other in a circle (through formulas or visibility rules).</source>
            <translation>Fields {fields} depend on each other in a circle (through formulas or visibility rules).</translation>
        </message>
        <message>
            <source>the pattern is longer than {limit} characters.</source>
            <translation>the pattern is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>the pattern is not a valid regular expression: {reason}</source>
            <translation>the pattern is not a valid regular expression: {reason}</translation>
        </message>
        <message>
            <source>the pattern repeats a group that itself repeats (like (a+)+), which can take practically forever to check; simplify it.</source>
            <translation>the pattern repeats a group that itself repeats (like (a+)+), which can take practically forever to check; simplify it.</translation>
        </message>
        <message>
            <source>{label}: expected text.</source>
            <translation>{label}: expected text.</translation>
        </message>
        <message>
            <source>{label}: at most {limit} characters.</source>
            <translation>{label}: at most {limit} characters.</translation>
        </message>
        <message>
            <source>{label}: contains a character that cannot be stored.</source>
            <translation>{label}: contains a character that cannot be stored.</translation>
        </message>
        <message>
            <source>{label}: at least {limit} characters.</source>
            <translation>{label}: at least {limit} characters.</translation>
        </message>
        <message>
            <source>{label}: not in the required format.</source>
            <translation>{label}: not in the required format.</translation>
        </message>
        <message>
            <source>{label}: {value} is less than the minimum {limit}.</source>
            <translation>{label}: {value} is less than the minimum {limit}.</translation>
        </message>
        <message>
            <source>{label}: {value} is more than the maximum {limit}.</source>
            <translation>{label}: {value} is more than the maximum {limit}.</translation>
        </message>
        <message>
            <source>{label}: not a number.</source>
            <translation>{label}: not a number.</translation>
        </message>
        <message>
            <source>{label}: at most {places} decimal places.</source>
            <translation>{label}: at most {places} decimal places.</translation>
        </message>
        <message>
            <source>{label}: the amount is too large.</source>
            <translation>{label}: the amount is too large.</translation>
        </message>
        <message>
            <source>{label}: the number has more than {limit} digits before the point.</source>
            <translation>{label}: the number has more than {limit} digits before the point.</translation>
        </message>
        <message>
            <source>{label}: not a date (use YYYY-MM-DD).</source>
            <translation>{label}: not a date (use YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>{label}: not a date and time (use 2025-01-31T14:30:00+08:00).</source>
            <translation>{label}: not a date and time (use 2025-01-31T14:30:00+08:00).</translation>
        </message>
        <message>
            <source>{label}: the time needs its UTC offset, such as +08:00.</source>
            <translation>{label}: the time needs its UTC offset, such as +08:00.</translation>
        </message>
        <message>
            <source>{label}: '{value}' is not one of the options.</source>
            <translation>{label}: '{value}' is not one of the options.</translation>
        </message>
        <message>
            <source>{label}: expected a list of options.</source>
            <translation>{label}: expected a list of options.</translation>
        </message>
        <message>
            <source>{label}: '{value}' is chosen twice.</source>
            <translation>{label}: '{value}' is chosen twice.</translation>
        </message>
        <message>
            <source>{label}: expected yes or no (true or false).</source>
            <translation>{label}: expected yes or no (true or false).</translation>
        </message>
        <message>
            <source>{label}: '{value}' is not a region code (6 digits).</source>
            <translation>{label}: '{value}' is not a region code (6 digits).</translation>
        </message>
        <message>
            <source>{label}: '{value}' is not a valid id.</source>
            <translation>{label}: '{value}' is not a valid id.</translation>
        </message>
        <message>
            <source>{label}: expected a list of lines.</source>
            <translation>{label}: expected a list of lines.</translation>
        </message>
        <message>
            <source>{label}: at most {limit} lines.</source>
            <translation>{label}: at most {limit} lines.</translation>
        </message>
        <message>
            <source>{label}, line {line}: expected an item and a quantity.</source>
            <translation>{label}, line {line}: expected an item and a quantity.</translation>
        </message>
        <message>
            <source>{label}, line {line}: the item is missing.</source>
            <translation>{label}, line {line}: the item is missing.</translation>
        </message>
        <message>
            <source>{label}, line {line}: '{item}' is not an item code.</source>
            <translation>{label}, line {line}: '{item}' is not an item code.</translation>
        </message>
        <message>
            <source>{label}, line {line}: the quantity is not a number.</source>
            <translation>{label}, line {line}: the quantity is not a number.</translation>
        </message>
        <message>
            <source>{label}, line {line}: the quantity must be more than 0.</source>
            <translation>{label}, line {line}: the quantity must be more than 0.</translation>
        </message>
        <message>
            <source>{label}, line {line}: the quantity may have at most {places} decimal places and be at most {limit}.</source>
            <translation>{label}, line {line}: the quantity may have at most {places} decimal places and be at most {limit}.</translation>
        </message>
        <message>
            <source>{label}: not a stored file.</source>
            <translation>{label}: not a stored file.</translation>
        </message>
        <message>
            <source>{label}, file {index}: not a stored file.</source>
            <translation>{label}, file {index}: not a stored file.</translation>
        </message>
        <message>
            <source>{label}: expected a list of files.</source>
            <translation>{label}: expected a list of files.</translation>
        </message>
        <message>
            <source>{label}: at most {limit} files.</source>
            <translation>{label}: at most {limit} files.</translation>
        </message>
        <message>
            <source>{label}: the file {name} is attached twice.</source>
            <translation>{label}: the file {name} is attached twice.</translation>
        </message>
        <message>
            <source>{label}: this field cannot be filled in.</source>
            <translation>{label}: this field cannot be filled in.</translation>
        </message>
        <message>
            <source>{label}: the formula cannot be computed: {reason}</source>
            <translation>{label}: the formula cannot be computed: {reason}</translation>
        </message>
        <message>
            <source>{label}: must be ticked.</source>
            <translation>{label}: must be ticked.</translation>
        </message>
        <message>
            <source>{label}: there is no region {value}.</source>
            <translation>{label}: there is no region {value}.</translation>
        </message>
        <message>
            <source>{label}: there is no customer with id {value}.</source>
            <translation>{label}: there is no customer with id {value}.</translation>
        </message>
        <message>
            <source>{label}: there is no active user with id {value}.</source>
            <translation>{label}: there is no active user with id {value}.</translation>
        </message>
        <message>
            <source>{label}: there is no active catalog item {value}.</source>
            <translation>{label}: there is no active catalog item {value}.</translation>
        </message>
        <message>
            <source>{label}: the file {name} is not stored.</source>
            <translation>{label}: the file {name} is not stored.</translation>
        </message>
        <message>
            <source>{label}: the file {name} is not an image.</source>
            <translation>{label}: the file {name} is not an image.</translation>
        </message>
        <message>
            <source>{label}: a signature must be a PNG image.</source>
            <translation>{label}: a signature must be a PNG image.</translation>
        </message>
        <message>
            <source>The form data must be a JSON object.</source>
            <translation>The form data must be a JSON object.</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not one of the choices ({choices}).</source>
            <translation>{label}: “{value}” is not one of the choices ({choices}).</translation>
        </message>
        <message>
            <source>“{key}” is a field of the work order itself; a step cannot record it.</source>
            <translation>“{key}” is a field of the work order itself; a step cannot record it.</translation>
        </message>
        <message>
            <source>{name} records no field “{key}”.</source>
            <translation>{name} records no field “{key}”.</translation>
        </message>
        <message>
            <source>{label}: required.</source>
            <translation>{label}: required.</translation>
        </message>
        <message>
            <source>Say why: a comment is required to send the work back.</source>
            <translation>Say why: a comment is required to send the work back.</translation>
        </message>
        <message>
            <source>The comment must not be longer than {n} characters.</source>
            <translation>The comment must not be longer than {n} characters.</translation>
        </message>
        <message>
            <source>The form {key} this step asks for does not exist.</source>
            <translation>The form {key} this step asks for does not exist.</translation>
        </message>
        <message>
            <source>Form {form} has no published version; publish it before it can be filled in.</source>
            <translation>Form {form} has no published version; publish it before it can be filled in.</translation>
        </message>
        <message>
            <source>Work order {number} is completed and its lines are frozen: the catalog lines of the form {form} cannot change them. Reopen the work order first.</source>
            <translation>Work order {number} is completed and its lines are frozen: the catalog lines of the form {form} cannot change them. Reopen the work order first.</translation>
        </message>
        <message>
            <source>Work order {number} is cancelled: its workflow does not move any more.</source>
            <translation>Work order {number} is cancelled: its workflow does not move any more.</translation>
        </message>
        <message>
            <source>The workflow of work order {number} has finished.</source>
            <translation>The workflow of work order {number} has finished.</translation>
        </message>
        <message>
            <source>{name} is an approval: approve or reject it instead of submitting it.</source>
            <translation>{name} is an approval: approve or reject it instead of submitting it.</translation>
        </message>
        <message>
            <source>{name} is not a task or an approval.</source>
            <translation>{name} is not a task or an approval.</translation>
        </message>
        <message>
            <source>{name} is a task: submit it instead of approving it.</source>
            <translation>{name} is a task: submit it instead of approving it.</translation>
        </message>
        <message>
            <source>{user} has already approved {name} of work order {number}.</source>
            <translation>{user} has already approved {name} of work order {number}.</translation>
        </message>
        <message>
            <source>Only an approval can be rejected; {name} is not one.</source>
            <translation>Only an approval can be rejected; {name} is not one.</translation>
        </message>
        <message>
            <source>{name} can only send the work back to: {targets}.</source>
            <translation>{name} can only send the work back to: {targets}.</translation>
        </message>
        <message>
            <source>Work order {number} does not follow a workflow.</source>
            <translation>Work order {number} does not follow a workflow.</translation>
        </message>
        <message>
            <source>Work order {number} already follows the workflow {name}.</source>
            <translation>Work order {number} already follows the workflow {name}.</translation>
        </message>
        <message>
            <source>No workflow applies to work order {number}: no active workflow rule with a published workflow matches its region, provider type, scenario and complexity.</source>
            <translation>No workflow applies to work order {number}: no active workflow rule with a published workflow matches its region, provider type, scenario and complexity.</translation>
        </message>
        <message>
            <source>There is no workflow {key}.</source>
            <translation>There is no workflow {key}.</translation>
        </message>
        <message>
            <source>Workflow {key} has no published version.</source>
            <translation>Workflow {key} has no published version.</translation>
        </message>
        <message>
            <source>Work order {number}: {problem}</source>
            <translation>Work order {number}: {problem}</translation>
        </message>
        <message>
            <source>A workflow must be a JSON object.</source>
            <translation>A workflow must be a JSON object.</translation>
        </message>
        <message>
            <source>Node id {id} appears twice.</source>
            <translation>Node id {id} appears twice.</translation>
        </message>
        <message>
            <source>Edge id {id} appears twice.</source>
            <translation>Edge id {id} appears twice.</translation>
        </message>
        <message>
            <source>Workflow {part} #{index} ({id}) has a value of the wrong kind.</source>
            <translation>Workflow {part} #{index} ({id}) has a value of the wrong kind.</translation>
        </message>
        <message>
            <source>Stage key '{key}' is not a valid key.</source>
            <translation>Stage key '{key}' is not a valid key.</translation>
        </message>
        <message>
            <source>Stage key '{key}' is used twice.</source>
            <translation>Stage key '{key}' is used twice.</translation>
        </message>
        <message>
            <source>Stage '{key}' has no name.</source>
            <translation>Stage '{key}' has no name.</translation>
        </message>
        <message>
            <source>The workflow has more than one start node.</source>
            <translation>The workflow has more than one start node.</translation>
        </message>
        <message>
            <source>The workflow has no end node.</source>
            <translation>The workflow has no end node.</translation>
        </message>
        <message>
            <source>Node {node}: unknown type '{type}'.</source>
            <translation>Node {node}: unknown type '{type}'.</translation>
        </message>
        <message>
            <source>Node {node}: the name is longer than {limit} characters.</source>
            <translation>Node {node}: the name is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>Node {node}: stage '{stage}' does not exist.</source>
            <translation>Node {node}: stage '{stage}' does not exist.</translation>
        </message>
        <message>
            <source>Node {node}: a task or approval needs a name.</source>
            <translation>Node {node}: a task or approval needs a name.</translation>
        </message>
        <message>
            <source>Node {node}: the SLA must be a positive number of hours.</source>
            <translation>Node {node}: the SLA must be a positive number of hours.</translation>
        </message>
        <message>
            <source>Node {node}: unknown field permission '{perm}'.</source>
            <translation>Node {node}: unknown field permission '{perm}'.</translation>
        </message>
        <message>
            <source>Node {node}: form '{form}' does not exist.</source>
            <translation>Node {node}: form '{form}' does not exist.</translation>
        </message>
        <message>
            <source>Node {node}: form '{form}' has no field '{field_key}'.</source>
            <translation>Node {node}: form '{form}' has no field '{field_key}'.</translation>
        </message>
        <message>
            <source>Node {node}: data field key '{key}' is invalid or used twice.</source>
            <translation>Node {node}: data field key '{key}' is invalid or used twice.</translation>
        </message>
        <message>
            <source>Node {node}: data field '{key}' has unknown type '{type}'.</source>
            <translation>Node {node}: data field '{key}' has unknown type '{type}'.</translation>
        </message>
        <message>
            <source>Node {node}: it can only return to a node before it.</source>
            <translation>Node {node}: it can only return to a node before it.</translation>
        </message>
        <message>
            <source>Node {node}: the task has no assignee.</source>
            <translation>Node {node}: the task has no assignee.</translation>
        </message>
        <message>
            <source>Node {node}: the approval has no approvers.</source>
            <translation>Node {node}: the approval has no approvers.</translation>
        </message>
        <message>
            <source>Node {node}: unknown approval mode '{mode}'.</source>
            <translation>Node {node}: unknown approval mode '{mode}'.</translation>
        </message>
        <message>
            <source>Node {node}: a rejection must go back to a node before the approval.</source>
            <translation>Node {node}: a rejection must go back to a node before the approval.</translation>
        </message>
        <message>
            <source>Edge {edge} connects a node that does not exist.</source>
            <translation>Edge {edge} connects a node that does not exist.</translation>
        </message>
        <message>
            <source>Edge {edge} connects a node to itself.</source>
            <translation>Edge {edge} connects a node to itself.</translation>
        </message>
        <message>
            <source>Two edges connect the same two nodes.</source>
            <translation>Two edges connect the same two nodes.</translation>
        </message>
        <message>
            <source>Node {node}: a start has no incoming and one outgoing edge.</source>
            <translation>Node {node}: a start has no incoming and one outgoing edge.</translation>
        </message>
        <message>
            <source>Node {node}: an end has no outgoing edges.</source>
            <translation>Node {node}: an end has no outgoing edges.</translation>
        </message>
        <message>
            <source>Node {node}: a task or approval has exactly one outgoing edge; use a gateway to branch.</source>
            <translation>Node {node}: a task or approval has exactly one outgoing edge; use a gateway to branch.</translation>
        </message>
        <message>
            <source>Node {node}: a gateway needs at least two outgoing edges.</source>
            <translation>Node {node}: a gateway needs at least two outgoing edges.</translation>
        </message>
        <message>
            <source>Node {node}: a parallel split needs at least two outgoing edges.</source>
            <translation>Node {node}: a parallel split needs at least two outgoing edges.</translation>
        </message>
        <message>
            <source>Node {node}: a parallel join needs two or more incoming edges and one outgoing edge.</source>
            <translation>Node {node}: a parallel join needs two or more incoming edges and one outgoing edge.</translation>
        </message>
        <message>
            <source>Node {node} cannot be reached from the start.</source>
            <translation>Node {node} cannot be reached from the start.</translation>
        </message>
        <message>
            <source>Node {node} cannot reach an end.</source>
            <translation>Node {node} cannot reach an end.</translation>
        </message>
        <message>
            <source>Node {node}: a gateway may have only one default edge.</source>
            <translation>Node {node}: a gateway may have only one default edge.</translation>
        </message>
        <message>
            <source>Edge {edge} leaves a gateway and needs a condition or must be the default.</source>
            <translation>Edge {edge} leaves a gateway and needs a condition or must be the default.</translation>
        </message>
        <message>
            <source>Edge {edge}: only edges leaving an exclusive gateway may have a condition or be the default.</source>
            <translation>Edge {edge}: only edges leaving an exclusive gateway may have a condition or be the default.</translation>
        </message>
        <message>
            <source>Edge {edge}: the imported {language} condition needs review; rewrite it as a condition this program can evaluate.</source>
            <translation>Edge {edge}: the imported {language} condition needs review; rewrite it as a condition this program can evaluate.</translation>
        </message>
        <message>
            <source>Edge {edge}: {reason}</source>
            <translation>Edge {edge}: {reason}</translation>
        </message>
        <message>
            <source>Edge {edge}: the condition reads '{field_name}', which no earlier node records.</source>
            <translation>Edge {edge}: the condition reads '{field_name}', which no earlier node records.</translation>
        </message>
        <message>
            <source>Choose the workflow the rule starts.</source>
            <translation>Choose the workflow the rule starts.</translation>
        </message>
        <message>
            <source>The workflow rule no longer exists.</source>
            <translation>The workflow rule no longer exists.</translation>
        </message>
        <message>
            <source>published</source>
            <translation>published</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retired</translation>
        </message>
        <message>
            <source>That workflow version no longer exists.</source>
            <translation>That workflow version no longer exists.</translation>
        </message>
        <message>
            <source>Workflow {key} has no version {number}.</source>
            <translation>Workflow {key} has no version {number}.</translation>
        </message>
        <message>
            <source>Workflow {key} has no versions.</source>
            <translation>Workflow {key} has no versions.</translation>
        </message>
        <message>
            <source>Key: use 1 to 60 letters, digits, '-' or '_', starting with a letter (for example install_standard).</source>
            <translation>Key: use 1 to 60 letters, digits, '-' or '_', starting with a letter (for example install_standard).</translation>
        </message>
        <message>
            <source>Name: required.</source>
            <translation>Name: required.</translation>
        </message>
        <message>
            <source>Name: at most {limit} characters.</source>
            <translation>Name: at most {limit} characters.</translation>
        </message>
        <message>
            <source>Key: a workflow with key {key} already exists.</source>
            <translation>Key: a workflow with key {key} already exists.</translation>
        </message>
        <message>
            <source>There is no form {key}.</source>
            <translation>There is no form {key}.</translation>
        </message>
        <message>
            <source>That form version no longer exists.</source>
            <translation>That form version no longer exists.</translation>
        </message>
        <message>
            <source>Form {key} has no version {number}.</source>
            <translation>Form {key} has no version {number}.</translation>
        </message>
        <message>
            <source>Form {key} has no versions.</source>
            <translation>Form {key} has no versions.</translation>
        </message>
        <message>
            <source>The form is too large to store.</source>
            <translation>The form is too large to store.</translation>
        </message>
        <message>
            <source>Key: a form with key {key} already exists.</source>
            <translation>Key: a form with key {key} already exists.</translation>
        </message>
        <message>
            <source>Version {number} is {status} and cannot be changed; start a new draft to edit it.</source>
            <translation>Version {number} is {status} and cannot be changed; start a new draft to edit it.</translation>
        </message>
        <message>
            <source>Version {number} cannot be published: {count} problems remain.
{list}</source>
            <translation>Version {number} cannot be published: {count} problems remain.
{list}</translation>
        </message>
        <message>
            <source>Only a published version can be retired; version {number} is {status}.</source>
            <translation>Only a published version can be retired; version {number} is {status}.</translation>
        </message>
        <message>
            <source>The first version of a form cannot be discarded; edit it instead.</source>
            <translation>The first version of a form cannot be discarded; edit it instead.</translation>
        </message>
        <message>
            <source>This is not a form export: '{field_name}' is missing or of the wrong kind.</source>
            <translation>This is not a form export: '{field_name}' is missing or of the wrong kind.</translation>
        </message>
        <message>
            <source>This form export has format version {found}; this program reads up to {supported}.</source>
            <translation>This form export has format version {found}; this program reads up to {supported}.</translation>
        </message>
        <message>
            <source>Form {key} has no published version to fill in.</source>
            <translation>Form {key} has no published version to fill in.</translation>
        </message>
        <message>
            <source>The form {form} cannot be submitted; problems found: {count}.
{list}</source>
            <translation>The form {form} cannot be submitted; problems found: {count}.
{list}</translation>
        </message>
        <message>
            <source>That form submission no longer exists.</source>
            <translation>That form submission no longer exists.</translation>
        </message>
        <message>
            <source>{name}: the file is empty.</source>
            <translation>{name}: the file is empty.</translation>
        </message>
        <message>
            <source>{name}: the file is larger than {limit} MB.</source>
            <translation>{name}: the file is larger than {limit} MB.</translation>
        </message>
        <message>
            <source>{name}: files of type {mime} cannot be stored (allowed: {allowed}).</source>
            <translation>{name}: files of type {mime} cannot be stored (allowed: {allowed}).</translation>
        </message>
        <message>
            <source>{name}: the content is not a {mime} file.</source>
            <translation>{name}: the content is not a {mime} file.</translation>
        </message>
        <message>
            <source>That file is no longer stored.</source>
            <translation>That file is no longer stored.</translation>
        </message>
        <message>
            <source>The first version of a workflow cannot be discarded; edit it instead.</source>
            <translation>The first version of a workflow cannot be discarded; edit it instead.</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>“{text}” is not a number.</translation>
        </message>
        <message>
            <source>Connect two nodes.</source>
            <translation>Connect two nodes.</translation>
        </message>
        <message>
            <source>A node cannot be connected to itself.</source>
            <translation>A node cannot be connected to itself.</translation>
        </message>
        <message>
            <source>Nothing can lead into the start.</source>
            <translation>Nothing can lead into the start.</translation>
        </message>
        <message>
            <source>Nothing can follow an end.</source>
            <translation>Nothing can follow an end.</translation>
        </message>
        <message>
            <source>These two nodes are already connected.</source>
            <translation>These two nodes are already connected.</translation>
        </message>
        <message>
            <source>A row holds at most {count} fields.</source>
            <translation>A row holds at most {count} fields.</translation>
        </message>
    </context>
    <context>
        <name>ServiceItemsPage</name>
        <message>
            <source>Service items</source>
            <translation>Service items</translation>
        </message>
        <message>
            <source>The work installers do (installation, commissioning, repair, maintenance), as work orders, packages and prices use it. Rows without an owner region are the national catalog; branches add rows for their own regions.</source>
            <translation>The work installers do (installation, commissioning, repair, maintenance), as work orders, packages and prices use it. Rows without an owner region are the national catalog; branches add rows for their own regions.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>New service item</source>
            <translation>New service item</translation>
        </message>
    </context>
    <context>
        <name>ServicePackagesPage</name>
        <message>
            <source>National</source>
            <translation>National</translation>
        </message>
        <message>
            <source>Service packages</source>
            <translation>Service packages</translation>
        </message>
        <message>
            <source>Bundles of service items and parts with quantities (服务包). A work order can start from a package and gets its lines. Packages are deactivated, never deleted.</source>
            <translation>Bundles of service items and parts with quantities (服务包). A work order can start from a package and gets its lines. Packages are deactivated, never deleted.</translation>
        </message>
        <message>
            <source>New package</source>
            <translation>New package</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Search code or name</source>
            <translation>Search code or name</translation>
        </message>
        <message>
            <source>Show inactive</source>
            <translation>Show inactive</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Owner region</source>
            <translation>Owner region</translation>
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
            <source>Empty: national package. Or a region, e.g. 广州市</source>
            <translation>Empty: national package. Or a region, e.g. 广州市</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <source>Owner region:</source>
            <translation>Owner region:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Type a code or name and pick an item or part</source>
            <translation>Type a code or name and pick an item or part</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Add line</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>Quantity:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Package</translation>
        </message>
        <message>
            <source>Lines (double-click a quantity to change it):</source>
            <translation>Lines (double-click a quantity to change it):</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The changes to this package are not saved. Discard them?</source>
            <translation>The changes to this package are not saved. Discard them?</translation>
        </message>
        <message>
            <source>Package {code}</source>
            <translation>Package {code}</translation>
        </message>
        <message>
            <source>Choose a package, or create a new one</source>
            <translation>Choose a package, or create a new one</translation>
        </message>
        <message>
            <source>This package belongs to the national catalog. Only administrators and pricing managers can change it.</source>
            <translation>This package belongs to the national catalog. Only administrators and pricing managers can change it.</translation>
        </message>
        <message>
            <source>This package belongs to {region}, outside your regions.</source>
            <translation>This package belongs to {region}, outside your regions.</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <source>“{text}” is not an active item or part. Pick one from the list.</source>
            <translation>“{text}” is not an active item or part. Pick one from the list.</translation>
        </message>
        <message>
            <source>{code} is already in the package; change the quantity of its line instead.</source>
            <translation>{code} is already in the package; change the quantity of its line instead.</translation>
        </message>
        <message>
            <source>Saved the package {code} {name}.</source>
            <translation>Saved the package {code} {name}.</translation>
        </message>
        <message>
            <source>{code} is active again.</source>
            <translation>{code} is active again.</translation>
        </message>
        <message>
            <source>{code} was deactivated.</source>
            <translation>{code} was deactivated.</translation>
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
        <name>SignatureEditor</name>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Sign here</source>
            <translation>Sign here</translation>
        </message>
    </context>
    <context>
        <name>SparePartsPage</name>
        <message>
            <source>Spare parts</source>
            <translation>Spare parts</translation>
        </message>
        <message>
            <source>Parts and materials used on jobs (copper pipe, cable, brackets, valves, filters, boards), with brand, model or specification. Rows without an owner region are the national catalog; branches add rows for their own regions.</source>
            <translation>Parts and materials used on jobs (copper pipe, cable, brackets, valves, filters, boards), with brand, model or specification. Rows without an owner region are the national catalog; branches add rows for their own regions.</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <source>New spare part</source>
            <translation>New spare part</translation>
        </message>
    </context>
    <context>
        <name>StagesModel</name>
        <message>
            <source>Key: {key}</source>
            <translation>Key: {key}</translation>
        </message>
    </context>
    <context>
        <name>StatementDetailPane</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>Work order</translation>
        </message>
        <message>
            <source>Customer / address</source>
            <translation>Customer / address</translation>
        </message>
        <message>
            <source>Service item</source>
            <translation>Service item</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>Share %</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>Adjustments</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>Gross</translation>
        </message>
        <message>
            <source>Carried in</source>
            <translation>Carried in</translation>
        </message>
        <message>
            <source>Payable</source>
            <translation>Payable</translation>
        </message>
        <message>
            <source>Tax withheld</source>
            <translation>Tax withheld</translation>
        </message>
        <message>
            <source>Net paid</source>
            <translation>Net paid</translation>
        </message>
        <message>
            <source>Carried forward</source>
            <translation>Carried forward</translation>
        </message>
        <message>
            <source>Select a statement to see its lines and totals.</source>
            <translation>Select a statement to see its lines and totals.</translation>
        </message>
        <message>
            <source>{number} · {status} · {payee} · {start} to {end}</source>
            <translation>{number} · {status} · {payee} · {start} to {end}</translation>
        </message>
        <message>
            <source>In words: {words}</source>
            <translation>In words: {words}</translation>
        </message>
        <message>
            <source>{code} · {provider} · account holder {holder} · bank {bank}</source>
            <translation>{code} · {provider} · account holder {holder} · bank {bank}</translation>
        </message>
        <message>
            <source>Issued on {date}.</source>
            <translation>Issued on {date}.</translation>
        </message>
        <message>
            <source>Paid on {date}, reference {reference}.</source>
            <translation>Paid on {date}, reference {reference}.</translation>
        </message>
        <message>
            <source>Voided: {reason}</source>
            <translation>Voided: {reason}</translation>
        </message>
        <message>
            <source>Amends {number}.</source>
            <translation>Amends {number}.</translation>
        </message>
        <message>
            <source>SHA-256 {hash}</source>
            <translation>SHA-256 {hash}</translation>
        </message>
    </context>
    <context>
        <name>StatementLabels</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>Installers</source>
            <translation>Installers</translation>
        </message>
        <message>
            <source>Service providers</source>
            <translation>Service providers</translation>
        </message>
    </context>
    <context>
        <name>StatementPreviewDialog</name>
        <message>
            <source>Statement {number} — {payee}</source>
            <translation>Statement {number} — {payee}</translation>
        </message>
        <message>
            <source>Payment voucher (shows the full ID number)</source>
            <translation>Payment voucher (shows the full ID number)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <source>{status} · {start} to {end}</source>
            <translation>{status} · {start} to {end}</translation>
        </message>
        <message>
            <source>Rendering the PDF…</source>
            <translation>Rendering the PDF…</translation>
        </message>
        <message>
            <source>The PDF could not be opened.</source>
            <translation>The PDF could not be opened.</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translation>{count} pages</translation>
        </message>
        <message>
            <source>The PDF could not be rendered.</source>
            <translation>The PDF could not be rendered.</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>The printer could not be started.</translation>
        </message>
        <message>
            <source>{count} pages sent to the printer.</source>
            <translation>{count} pages sent to the printer.</translation>
        </message>
        <message>
            <source>Save the statement as PDF</source>
            <translation>Save the statement as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>Saved as {path}</translation>
        </message>
    </context>
    <context>
        <name>StatementsPage</name>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>Payee</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>Gross</translation>
        </message>
        <message>
            <source>Carried in</source>
            <translation>Carried in</translation>
        </message>
        <message>
            <source>Tax withheld</source>
            <translation>Tax withheld</translation>
        </message>
        <message>
            <source>Net paid</source>
            <translation>Net paid</translation>
        </message>
        <message>
            <source>Carried forward</source>
            <translation>Carried forward</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <source>Search number, payee or code</source>
            <translation>Search number, payee or code</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>Statements</translation>
        </message>
        <message>
            <source>Settle what installers and providers earned in a period: build drafts from the completed work, check them, issue them (numbered, never changed afterwards), record the payment, and reconcile the period. A mistake on an issued statement is corrected by voiding it and amending.</source>
            <translation>Settle what installers and providers earned in a period: build drafts from the completed work, check them, issue them (numbered, never changed afterwards), record the payment, and reconcile the period. A mistake on an issued statement is corrected by voiding it and amending.</translation>
        </message>
        <message>
            <source>Build drafts</source>
            <translation>Build drafts</translation>
        </message>
        <message>
            <source>Compute a draft for every payee with unsettled earnings in the period (and the provider and region chosen); drafts built before are replaced, issued statements never change.</source>
            <translation>Compute a draft for every payee with unsettled earnings in the period (and the provider and region chosen); drafts built before are replaced, issued statements never change.</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Issue the selected drafts, or every draft shown when none is selected.</source>
            <translation>Issue the selected drafts, or every draft shown when none is selected.</translation>
        </message>
        <message>
            <source>Mark as paid</source>
            <translation>Mark as paid</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>Amend</source>
            <translation>Amend</translation>
        </message>
        <message>
            <source>Build an amending draft for the payee and period of a voided statement.</source>
            <translation>Build an amending draft for the payee and period of a voided statement.</translation>
        </message>
        <message>
            <source>Preview PDF</source>
            <translation>Preview PDF</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Export lines (XLSX)</source>
            <translation>Export lines (XLSX)</translation>
        </message>
        <message>
            <source>Export PDFs</source>
            <translation>Export PDFs</translation>
        </message>
        <message>
            <source>Export the selected statements, or every statement shown, as PDF files or one merged PDF.</source>
            <translation>Export the selected statements, or every statement shown, as PDF files or one merged PDF.</translation>
        </message>
        <message>
            <source>Reconcile</source>
            <translation>Reconcile</translation>
        </message>
        <message>
            <source>Check the period's statements against the earnings frozen in it.</source>
            <translation>Check the period's statements against the earnings frozen in it.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Next month</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Custom range</translation>
        </message>
        <message>
            <source>All providers</source>
            <translation>All providers</translation>
        </message>
        <message>
            <source>Build for any region</source>
            <translation>Build for any region</translation>
        </message>
        <message>
            <source>Build drafts only from work orders in this region. The list is not narrowed by region.</source>
            <translation>Build drafts only from work orders in this region. The list is not narrowed by region.</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Amends {number}</source>
            <translation>Amends {number}</translation>
        </message>
        <message>
            <source>Reference: {reference}</source>
            <translation>Reference: {reference}</translation>
        </message>
        <message>
            <source>The custom range ends before it starts.</source>
            <translation>The custom range ends before it starts.</translation>
        </message>
        <message>
            <source>Loading statements…</source>
            <translation>Loading statements…</translation>
        </message>
        <message>
            <source>No statements match the filters. Change them or clear the search.</source>
            <translation>No statements match the filters. Change them or clear the search.</translation>
        </message>
        <message>
            <source>There are no statements for this period yet: choose the period and click “Build drafts”.</source>
            <translation>There are no statements for this period yet: choose the period and click “Build drafts”.</translation>
        </message>
        <message>
            <source>{count} statements · gross {gross} · tax withheld {tax} · net paid {net}</source>
            <translation>{count} statements · gross {gross} · tax withheld {tax} · net paid {net}</translation>
        </message>
        <message>
            <source>({count} voided, not counted)</source>
            <translation>({count} voided, not counted)</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelled; nothing was changed.</translation>
        </message>
        <message>
            <source>The region “{text}” is not known.</source>
            <translation>The region “{text}” is not known.</translation>
        </message>
        <message>
            <source>Building drafts…</source>
            <translation>Building drafts…</translation>
        </message>
        <message>
            <source>{drafts} drafts built for {period}: gross {gross}, tax withheld {tax}, net {net}.</source>
            <translation>{drafts} drafts built for {period}: gross {gross}, tax withheld {tax}, net {net}.</translation>
        </message>
        <message>
            <source>Nothing to settle in {period}: no completed work is waiting for a statement.</source>
            <translation>Nothing to settle in {period}: no completed work is waiting for a statement.</translation>
        </message>
        <message>
            <source>Select the drafts to issue.</source>
            <translation>Select the drafts to issue.</translation>
        </message>
        <message>
            <source>Issue statements</source>
            <translation>Issue statements</translation>
        </message>
        <message>
            <source>Issue {count} statements with a net total of {net}? They are numbered and can no longer be changed; a mistake is corrected by voiding and amending.</source>
            <translation>Issue {count} statements with a net total of {net}? They are numbered and can no longer be changed; a mistake is corrected by voiding and amending.</translation>
        </message>
        <message>
            <source>Issuing statements…</source>
            <translation>Issuing statements…</translation>
        </message>
        <message>
            <source>Issued {number}.</source>
            <translation>Issued {number}.</translation>
        </message>
        <message>
            <source>Issued {count} statements, {first} to {last}.</source>
            <translation>Issued {count} statements, {first} to {last}.</translation>
        </message>
        <message>
            <source>Select one issued statement.</source>
            <translation>Select one issued statement.</translation>
        </message>
        <message>
            <source>{number} is paid ({date}).</source>
            <translation>{number} is paid ({date}).</translation>
        </message>
        <message>
            <source>Void statement</source>
            <translation>Void statement</translation>
        </message>
        <message>
            <source>Why is {number} voided? Its earnings are released and can be settled again.</source>
            <translation>Why is {number} voided? Its earnings are released and can be settled again.</translation>
        </message>
        <message>
            <source>{number} is void.</source>
            <translation>{number} is void.</translation>
        </message>
        <message>
            <source>Amend statement</source>
            <translation>Amend statement</translation>
        </message>
        <message>
            <source>{number} is void. Build an amending statement now? It is a new draft for the same payee and period that refers to {number}; check it and issue it.</source>
            <translation>{number} is void. Build an amending statement now? It is a new draft for the same payee and period that refers to {number}; check it and issue it.</translation>
        </message>
        <message>
            <source>Select one voided statement.</source>
            <translation>Select one voided statement.</translation>
        </message>
        <message>
            <source>An amending draft for {payee} was built; check it and issue it.</source>
            <translation>An amending draft for {payee} was built; check it and issue it.</translation>
        </message>
        <message>
            <source>Select one statement.</source>
            <translation>Select one statement.</translation>
        </message>
        <message>
            <source>Export the statement's lines</source>
            <translation>Export the statement's lines</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting lines…</source>
            <translation>Exporting lines…</translation>
        </message>
        <message>
            <source>{count} lines written to {path}.</source>
            <translation>{count} lines written to {path}.</translation>
        </message>
        <message>
            <source>Exporting PDFs…</source>
            <translation>Exporting PDFs…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Written: {path}</translation>
        </message>
        <message>
            <source>{count} PDF files written to {folder}.</source>
            <translation>{count} PDF files written to {folder}.</translation>
        </message>
    </context>
    <context>
        <name>TierRuleDialog</name>
        <message>
            <source>New tier rule</source>
            <translation>New tier rule</translation>
        </message>
        <message>
            <source>Edit tier rule {name}</source>
            <translation>Edit tier rule {name}</translation>
        </message>
        <message>
            <source>e.g. 一线城市三档</source>
            <translation>e.g. 一线城市三档</translation>
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
            <source>Any category</source>
            <translation>Any category</translation>
        </message>
        <message>
            <source>Any complexity</source>
            <translation>Any complexity</translation>
        </message>
        <message>
            <source>Level {level}</source>
            <translation>Level {level}</translation>
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
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Applies to:</source>
            <translation>Applies to:</translation>
        </message>
        <message>
            <source>Provider type:</source>
            <translation>Provider type:</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>Scenario:</translation>
        </message>
        <message>
            <source>Matches items filed directly under this category, not under its subcategories. To cover a whole branch, leave it empty or make one rule per category.</source>
            <translation>Matches items filed directly under this category, not under its subcategories. To cover a whole branch, leave it empty or make one rule per category.</translation>
        </message>
        <message>
            <source>Item category:</source>
            <translation>Item category:</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translation>Complexity:</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Valid:</translation>
        </message>
        <message>
            <source>A more specific region always wins, then the rule with more matching dimensions. Priority only decides between rules that are equal in both: the higher number wins.</source>
            <translation>A more specific region always wins, then the rule with more matching dimensions. Priority only decides between rules that are equal in both: the higher number wins.</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>Priority:</translation>
        </message>
        <message>
            <source>Tier:</source>
            <translation>Tier:</translation>
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
            <source>Preview impact…</source>
            <translation>Preview impact…</translation>
        </message>
        <message>
            <source>Any (leave empty)</source>
            <translation>Any (leave empty)</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translation>Pick the region from the list, or type its six-digit code.</translation>
        </message>
        <message>
            <source>There are no price tiers yet; create them on the price grid first.</source>
            <translation>There are no price tiers yet; create them on the price grid first.</translation>
        </message>
    </context>
    <context>
        <name>TierRulesPage</name>
        <message>
            <source>Settlement prices (what installers earn)</source>
            <translation>Settlement prices (what installers earn)</translation>
        </message>
        <message>
            <source>Sales prices (what customers pay)</source>
            <translation>Sales prices (what customers pay)</translation>
        </message>
        <message>
            <source>Price book:</source>
            <translation>Price book:</translation>
        </message>
        <message>
            <source>Tier rules</source>
            <translation>Tier rules</translation>
        </message>
        <message>
            <source>Which price tier a job gets, per price book. The most specific matching rule wins; the unit price is then the tier's price in force on the job's date. A missing price is an error, never zero.</source>
            <translation>Which price tier a job gets, per price book. The most specific matching rule wins; the unit price is then the tier's price in force on the job's date. A missing price is an error, never zero.</translation>
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
            <source>Provider type</source>
            <translation>Provider type</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Item category</source>
            <translation>Item category</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>Complexity</translation>
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
            <source>Tier</source>
            <translation>Tier</translation>
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
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Test a context</source>
            <translation>Test a context</translation>
        </message>
        <message>
            <source>Item code or name</source>
            <translation>Item code or name</translation>
        </message>
        <message>
            <source>The item's own</source>
            <translation>The item's own</translation>
        </message>
        <message>
            <source>Level {level}</source>
            <translation>Level {level}</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>Item:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Region:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Provider type:</source>
            <translation>Provider type:</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>Scenario:</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translation>Complexity:</translation>
        </message>
        <message>
            <source>Choose an item and a region to see which tier and unit price a job gets, and why.</source>
            <translation>Choose an item and a region to see which tier and unit price a job gets, and why.</translation>
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
            <source>Rules: {count} ({active} active)</source>
            <translation>Rules: {count} ({active} active)</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <source>Rule “{name}” was saved.</source>
            <translation>Rule “{name}” was saved.</translation>
        </message>
        <message>
            <source>Deactivate rule</source>
            <translation>Deactivate rule</translation>
        </message>
        <message>
            <source>Deactivate the rule “{name}”? Jobs priced from now on no longer get their tier from it.</source>
            <translation>Deactivate the rule “{name}”? Jobs priced from now on no longer get their tier from it.</translation>
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
            <source>Choose an item: type its code or pick it from the list.</source>
            <translation>Choose an item: type its code or pick it from the list.</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translation>Pick the region from the list, or type its six-digit code.</translation>
        </message>
        <message>
            <source>Tier {tier}, unit price ¥{price} ({item}), through the rule “{rule}”.</source>
            <translation>Tier {tier}, unit price ¥{price} ({item}), through the rule “{rule}”.</translation>
        </message>
    </context>
    <context>
        <name>TierTraceDialog</name>
        <message>
            <source>Settlement tier of {item}</source>
            <translation>Settlement tier of {item}</translation>
        </message>
        <message>
            <source>Sales tier of {item}</source>
            <translation>Sales tier of {item}</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>Item:</translation>
        </message>
        <message>
            <source>Tier:</source>
            <translation>Tier:</translation>
        </message>
        <message>
            <source>Rule:</source>
            <translation>Rule:</translation>
        </message>
        <message>
            <source>Unit price:</source>
            <translation>Unit price:</translation>
        </message>
        <message>
            <source>Priced on:</source>
            <translation>Priced on:</translation>
        </message>
        <message>
            <source>{date}, frozen at completion</source>
            <translation>{date}, frozen at completion</translation>
        </message>
        <message>
            <source>{date} (preview)</source>
            <translation>{date} (preview)</translation>
        </message>
        <message>
            <source>Job:</source>
            <translation>Job:</translation>
        </message>
        <message>
            <source>{region} · provider type {provider_type} · scenario {scenario} · complexity {complexity}</source>
            <translation>{region} · provider type {provider_type} · scenario {scenario} · complexity {complexity}</translation>
        </message>
        <message>
            <source>no region</source>
            <translation>no region</translation>
        </message>
        <message>
            <source>the item's own</source>
            <translation>the item's own</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>These are the tier, rule and unit price recorded for this line. You may not read the tier rules, so the rules that were compared are not shown.</source>
            <translation>These are the tier, rule and unit price recorded for this line. You may not read the tier rules, so the rules that were compared are not shown.</translation>
        </message>
        <message>
            <source>The rules below are resolved as they stand today, for the date the line was priced on. The frozen figures above never change with them.</source>
            <translation>The rules below are resolved as they stand today, for the date the line was priced on. The frozen figures above never change with them.</translation>
        </message>
        <message>
            <source>The rules have changed since: today the rule “{rule}” would win.</source>
            <translation>The rules have changed since: today the rule “{rule}” would win.</translation>
        </message>
        <message>
            <source>Every tier rule of the book, and why it was chosen, lost or does not match.</source>
            <translation>Every tier rule of the book, and why it was chosen, lost or does not match.</translation>
        </message>
    </context>
    <context>
        <name>TiersDialog</name>
        <message>
            <source>Price tiers</source>
            <translation>Price tiers</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Code, e.g. T4</source>
            <translation>Code, e.g. T4</translation>
        </message>
        <message>
            <source>Name, e.g. 四档</source>
            <translation>Name, e.g. 四档</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Tiers are the price columns. The code is used in price files and cannot change; the name and the order can. Select a tier to rename or move it.</source>
            <translation>Tiers are the price columns. The code is used in price files and cannot change; the name and the order can. Select a tier to rename or move it.</translation>
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
    <context>
        <name>VersionBar</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <source>Publish…</source>
            <translation>Publish…</translation>
        </message>
        <message>
            <source>New draft</source>
            <translation>New draft</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Retire</translation>
        </message>
        <message>
            <source>Compare versions…</source>
            <translation>Compare versions…</translation>
        </message>
        <message>
            <source>No workflow open</source>
            <translation>No workflow open</translation>
        </message>
        <message>
            <source>Editable</source>
            <translation>Editable</translation>
        </message>
        <message>
            <source>A draft: change it, save it, publish it when it is ready</source>
            <translation>A draft: change it, save it, publish it when it is ready</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>New work orders start on this version; it never changes</source>
            <translation>New work orders start on this version; it never changes</translation>
        </message>
        <message>
            <source>No new work orders start on this version any more</source>
            <translation>No new work orders start on this version any more</translation>
        </message>
        <message>
            <source>Start a new editable version copied from this one</source>
            <translation>Start a new editable version copied from this one</translation>
        </message>
        <message>
            <source>Open draft v{number}</source>
            <translation>Open draft v{number}</translation>
        </message>
        <message>
            <source>This workflow already has a draft; open it to edit</source>
            <translation>This workflow already has a draft; open it to edit</translation>
        </message>
    </context>
    <context>
        <name>VersionDiffDialog</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Assignee</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Field permissions</source>
            <translation>Field permissions</translation>
        </message>
        <message>
            <source>Data fields</source>
            <translation>Data fields</translation>
        </message>
        <message>
            <source>May return to</source>
            <translation>May return to</translation>
        </message>
        <message>
            <source>Approvers</source>
            <translation>Approvers</translation>
        </message>
        <message>
            <source>Approval mode</source>
            <translation>Approval mode</translation>
        </message>
        <message>
            <source>Rejection goes back to</source>
            <translation>Rejection goes back to</translation>
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
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Default path</source>
            <translation>Default path</translation>
        </message>
        <message>
            <source>Imported condition</source>
            <translation>Imported condition</translation>
        </message>
        <message>
            <source>Imported extensions</source>
            <translation>Imported extensions</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Node</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connection</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Compare versions of {name}</source>
            <translation>Compare versions of {name}</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <source>Choose two different versions.</source>
            <translation>Choose two different versions.</translation>
        </message>
        <message>
            <source>The two versions mean the same; at most the drawing differs.</source>
            <translation>The two versions mean the same; at most the drawing differs.</translation>
        </message>
        <message>
            <source>{count} changes.</source>
            <translation>{count} changes.</translation>
        </message>
    </context>
    <context>
        <name>WorkCalendarDialog</name>
        <message>
            <source>Work calendar</source>
            <translation>Work calendar</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Day off (holiday)</source>
            <translation>Day off (holiday)</translation>
        </message>
        <message>
            <source>Working day (make-up day)</source>
            <translation>Working day (make-up day)</translation>
        </message>
        <message>
            <source>e.g. 国庆节</source>
            <translation>e.g. 国庆节</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Time limits (SLA) of workflow steps count working hours only: on working days, between the start and the end of the day, without the lunch break.</source>
            <translation>Time limits (SLA) of workflow steps count working hours only: on working days, between the start and the end of the day, without the lunch break.</translation>
        </message>
        <message>
            <source>Only someone who may edit the company settings can change it.</source>
            <translation>Only someone who may edit the company settings can change it.</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Working hours</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Working day:</source>
            <translation>Working day:</translation>
        </message>
        <message>
            <source>Lunch break:</source>
            <translation>Lunch break:</translation>
        </message>
        <message>
            <source>Working weekdays:</source>
            <translation>Working weekdays:</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>Time zone:</translation>
        </message>
        <message>
            <source>Holidays and make-up working days</source>
            <translation>Holidays and make-up working days</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>A listed day overrides the working weekdays above.</source>
            <translation>A listed day overrides the working weekdays above.</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderDialog</name>
        <message>
            <source>New work order</source>
            <translation>New work order</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>Adjustments</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Workflow</translation>
        </message>
        <message>
            <source>Taken from the customer; change it for another site</source>
            <translation>Taken from the customer; change it for another site</translation>
        </message>
        <message>
            <source>Choose the region myself:</source>
            <translation>Choose the region myself:</translation>
        </message>
        <message>
            <source>Each item's own</source>
            <translation>Each item's own</translation>
        </message>
        <message>
            <source>Level {level}</source>
            <translation>Level {level}</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>Planned for</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Completed on</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>Customer:</translation>
        </message>
        <message>
            <source>Service address:</source>
            <translation>Service address:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Region:</translation>
        </message>
        <message>
            <source>Provider:</source>
            <translation>Provider:</translation>
        </message>
        <message>
            <source>Crew:</source>
            <translation>Crew:</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>Scenario:</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translation>Complexity:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Dates:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>Start work</source>
            <translation>Start work</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <source>Cancel work order</source>
            <translation>Cancel work order</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Choose the service provider</source>
            <translation>Choose the service provider</translation>
        </message>
        <message>
            <source>Work order {number}</source>
            <translation>Work order {number}</translation>
        </message>
        <message>
            <source>A completed work order is read-only: its earnings are frozen.</source>
            <translation>A completed work order is read-only: its earnings are frozen.</translation>
        </message>
        <message>
            <source>To correct it, reopen it (the reason is recorded).</source>
            <translation>To correct it, reopen it (the reason is recorded).</translation>
        </message>
        <message>
            <source>This work order was cancelled: {reason}</source>
            <translation>This work order was cancelled: {reason}</translation>
        </message>
        <message>
            <source>You can look at this work order but not change it.</source>
            <translation>You can look at this work order but not change it.</translation>
        </message>
        <message>
            <source>Some lines have no price: fix them before completing.</source>
            <translation>Some lines have no price: fix them before completing.</translation>
        </message>
        <message>
            <source>Complete the work order and freeze its earnings.</source>
            <translation>Complete the work order and freeze its earnings.</translation>
        </message>
        <message>
            <source>no region</source>
            <translation>no region</translation>
        </message>
        <message>
            <source>{region} (chosen by hand)</source>
            <translation>{region} (chosen by hand)</translation>
        </message>
        <message>
            <source>{region} (from the address)</source>
            <translation>{region} (from the address)</translation>
        </message>
        <message>
            <source>Found in the address as you type it.</source>
            <translation>Found in the address as you type it.</translation>
        </message>
        <message>
            <source>The address fits several regions ({regions}): choose the region below.</source>
            <translation>The address fits several regions ({regions}): choose the region below.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>From the address: {region}</source>
            <translation>From the address: {region}</translation>
        </message>
        <message>
            <source>The address names no region.</source>
            <translation>The address names no region.</translation>
        </message>
        <message>
            <source>The customer has no address.</source>
            <translation>The customer has no address.</translation>
        </message>
        <message>
            <source>The crew was cleared: choose installers of the new provider.</source>
            <translation>The crew was cleared: choose installers of the new provider.</translation>
        </message>
        <message>
            <source>Choose the customer to see what the job earns.</source>
            <translation>Choose the customer to see what the job earns.</translation>
        </message>
        <message>
            <source>No preview: the crew's shares add up to {sum}%, not 100%.</source>
            <translation>No preview: the crew's shares add up to {sum}%, not 100%.</translation>
        </message>
        <message>
            <source>No preview: {problem}</source>
            <translation>No preview: {problem}</translation>
        </message>
        <message>
            <source>Choose the customer: search by name or phone number.</source>
            <translation>Choose the customer: search by name or phone number.</translation>
        </message>
        <message>
            <source>The crew's shares add up to {sum}%, not 100%. Correct them or use Split equally.</source>
            <translation>The crew's shares add up to {sum}%, not 100%. Correct them or use Split equally.</translation>
        </message>
        <message>
            <source>Saved {number}.</source>
            <translation>Saved {number}.</translation>
        </message>
        <message>
            <source>{number} is now {status}.</source>
            <translation>{number} is now {status}.</translation>
        </message>
        <message>
            <source>Complete work order</source>
            <translation>Complete work order</translation>
        </message>
        <message>
            <source>Complete the work order? Its earnings are frozen and it can no longer be changed.</source>
            <translation>Complete the work order? Its earnings are frozen and it can no longer be changed.</translation>
        </message>
        <message>
            <source>{number} is completed; it earns {total}.</source>
            <translation>{number} is completed; it earns {total}.</translation>
        </message>
        <message>
            <source>Why is the work order cancelled?</source>
            <translation>Why is the work order cancelled?</translation>
        </message>
        <message>
            <source>{number} was cancelled.</source>
            <translation>{number} was cancelled.</translation>
        </message>
        <message>
            <source>Reopen work order</source>
            <translation>Reopen work order</translation>
        </message>
        <message>
            <source>Why is the work order reopened? Settled earnings stay; differences are corrected later.</source>
            <translation>Why is the work order reopened? Settled earnings stay; differences are corrected later.</translation>
        </message>
        <message>
            <source>{number} is open again.</source>
            <translation>{number} is open again.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The work order has changes that are not saved. Close and lose them?</source>
            <translation>The work order has changes that are not saved. Close and lose them?</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderFlowPanel</name>
        <message>
            <source>Start workflow…</source>
            <translation>Start workflow…</translation>
        </message>
        <message>
            <source>Select a step to see the data it recorded.</source>
            <translation>Select a step to see the data it recorded.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>From → to</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Submit</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>Send back</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>{source} → {targets}</source>
            <translation>{source} → {targets}</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>No workflow</source>
            <translation>No workflow</translation>
        </message>
        <message>
            <source>Save the work order first; then its workflow can start.</source>
            <translation>Save the work order first; then its workflow can start.</translation>
        </message>
        <message>
            <source>This work order has no workflow yet. Start one to follow it step by step.</source>
            <translation>This work order has no workflow yet. Start one to follow it step by step.</translation>
        </message>
        <message>
            <source>This work order has no workflow yet.</source>
            <translation>This work order has no workflow yet.</translation>
        </message>
        <message>
            <source>{name} v{number}</source>
            <translation>{name} v{number}</translation>
        </message>
        <message>
            <source>The workflow is finished.</source>
            <translation>The workflow is finished.</translation>
        </message>
        <message>
            <source>Form {name} v{number}</source>
            <translation>Form {name} v{number}</translation>
        </message>
        <message>
            <source>This step recorded no data.</source>
            <translation>This step recorded no data.</translation>
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
            <source>Let the workflow rules choose</source>
            <translation>Let the workflow rules choose</translation>
        </message>
        <message>
            <source>Start workflow</source>
            <translation>Start workflow</translation>
        </message>
        <message>
            <source>Workflow for this work order:</source>
            <translation>Workflow for this work order:</translation>
        </message>
        <message>
            <source>{name} (v{number})</source>
            <translation>{name} (v{number})</translation>
        </message>
        <message>
            <source>Reject {node}</source>
            <translation>Reject {node}</translation>
        </message>
        <message>
            <source>Why is it rejected?</source>
            <translation>Why is it rejected?</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderLabels</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Deduction</source>
            <translation>Deduction</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Correction</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Frozen</source>
            <translation>Frozen</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>Settled</translation>
        </message>
        <message>
            <source>Partly settled</source>
            <translation>Partly settled</translation>
        </message>
        <message>
            <source>Planned date</source>
            <translation>Planned date</translation>
        </message>
        <message>
            <source>Completion date</source>
            <translation>Completion date</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Created on</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
    </context>
    <context>
        <name>WorkOrdersPage</name>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Installers</source>
            <translation>Installers</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <source>Search number, customer or address</source>
            <translation>Search number, customer or address</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translation>Work orders</translation>
        </message>
        <message>
            <source>Jobs at customers' sites: who does them, what they include and what they earn. Newest first; narrow the list with the filters, double-click a work order to open it.</source>
            <translation>Jobs at customers' sites: who does them, what they include and what they earn. Newest first; narrow the list with the filters, double-click a work order to open it.</translation>
        </message>
        <message>
            <source>New work order</source>
            <translation>New work order</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Complete selected</source>
            <translation>Complete selected</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Open (not completed)</source>
            <translation>Open (not completed)</translation>
        </message>
        <message>
            <source>Any region</source>
            <translation>Any region</translation>
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
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>All providers</source>
            <translation>All providers</translation>
        </message>
        <message>
            <source>All installers</source>
            <translation>All installers</translation>
        </message>
        <message>
            <source>Loading work orders…</source>
            <translation>Loading work orders…</translation>
        </message>
        <message>
            <source>{total} work orders, {loaded} loaded; scroll down for more</source>
            <translation>{total} work orders, {loaded} loaded; scroll down for more</translation>
        </message>
        <message>
            <source>{total} work orders</source>
            <translation>{total} work orders</translation>
        </message>
        <message>
            <source>No work orders match the filters. Change them or clear them.</source>
            <translation>No work orders match the filters. Change them or clear them.</translation>
        </message>
        <message>
            <source>There are no work orders yet. Create one with New work order, for a customer and a crew.</source>
            <translation>There are no work orders yet. Create one with New work order, for a customer and a crew.</translation>
        </message>
        <message>
            <source>There are no work orders for you yet.</source>
            <translation>There are no work orders for you yet.</translation>
        </message>
        <message>
            <source>Select open work orders to complete.</source>
            <translation>Select open work orders to complete.</translation>
        </message>
        <message>
            <source>Complete work orders</source>
            <translation>Complete work orders</translation>
        </message>
        <message>
            <source>Complete {count} work orders? Their earnings are frozen; if any of them cannot be completed, none is.</source>
            <translation>Complete {count} work orders? Their earnings are frozen; if any of them cannot be completed, none is.</translation>
        </message>
        <message>
            <source>Completing work orders…</source>
            <translation>Completing work orders…</translation>
        </message>
        <message>
            <source>{count} work orders completed; they earn {total} in all.</source>
            <translation>{count} work orders completed; they earn {total} in all.</translation>
        </message>
        <message>
            <source>{count} of the selected work orders cannot be completed, so none was completed.</source>
            <translation>{count} of the selected work orders cannot be completed, so none was completed.</translation>
        </message>
    </context>
    <context>
        <name>WorkflowCanvas</name>
        <message>
            <source>{type}: {name}</source>
            <translation>{type}: {name}</translation>
        </message>
        <message>
            <source>No assignee</source>
            <translation>No assignee</translation>
        </message>
        <message>
            <source>No approvers</source>
            <translation>No approvers</translation>
        </message>
        <message>
            <source>{first} and others ({count})</source>
            <translation>{first} and others ({count})</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Default</translation>
        </message>
        <message>
            <source>Drag nodes here</source>
            <translation>Drag nodes here</translation>
        </message>
    </context>
    <context>
        <name>WorkflowCommands</name>
        <message>
            <source>Add %1</source>
            <translation>Add %1</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Change %1</translation>
        </message>
        <message>
            <source>Change connection</source>
            <translation>Change connection</translation>
        </message>
        <message>
            <source>Change stages</source>
            <translation>Change stages</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
    </context>
    <context>
        <name>WorkflowDesigner</name>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <source>Auto layout</source>
            <translation>Auto layout</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>100%</source>
            <translation>100%</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Import BPMN…</source>
            <translation>Import BPMN…</translation>
        </message>
        <message>
            <source>Export BPMN…</source>
            <translation>Export BPMN…</translation>
        </message>
        <message>
            <source>{name} ({key})</source>
            <translation>{name} ({key})</translation>
        </message>
        <message>
            <source>Retire version</source>
            <translation>Retire version</translation>
        </message>
        <message>
            <source>Retire v{number} of {name}? New work orders can no longer start on it until another version is published; work orders already running continue.</source>
            <translation>Retire v{number} of {name}? New work orders can no longer start on it until another version is published; work orders already running continue.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The draft has changes that are not saved. Discard them?</source>
            <translation>The draft has changes that are not saved. Discard them?</translation>
        </message>
        <message>
            <source>Export BPMN</source>
            <translation>Export BPMN</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Cannot write {path}: {reason}</translation>
        </message>
        <message>
            <source>Importing replaces the draft, and its unsaved changes are lost. Go on?</source>
            <translation>Importing replaces the draft, and its unsaved changes are lost. Go on?</translation>
        </message>
        <message>
            <source>Import BPMN</source>
            <translation>Import BPMN</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>Cannot read {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>WorkflowLabels</name>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>Exclusive gateway</source>
            <translation>Exclusive gateway</translation>
        </message>
        <message>
            <source>Parallel split</source>
            <translation>Parallel split</translation>
        </message>
        <message>
            <source>Parallel join</source>
            <translation>Parallel join</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Where every work order enters the workflow. A workflow has exactly one start.</source>
            <translation>Where every work order enters the workflow. A workflow has exactly one start.</translation>
        </message>
        <message>
            <source>Work a person does: assigned to a role or a user, with an optional form and SLA.</source>
            <translation>Work a person does: assigned to a role or a user, with an optional form and SLA.</translation>
        </message>
        <message>
            <source>One or more approvers approve or reject; a rejection can send the work back.</source>
            <translation>One or more approvers approve or reject; a rejection can send the work back.</translation>
        </message>
        <message>
            <source>Takes exactly one of its outgoing paths: the first whose condition holds, else the default.</source>
            <translation>Takes exactly one of its outgoing paths: the first whose condition holds, else the default.</translation>
        </message>
        <message>
            <source>Starts all of its outgoing paths at the same time.</source>
            <translation>Starts all of its outgoing paths at the same time.</translation>
        </message>
        <message>
            <source>Waits until every incoming path has arrived, then continues.</source>
            <translation>Waits until every incoming path has arrived, then continues.</translation>
        </message>
        <message>
            <source>Where the workflow finishes.</source>
            <translation>Where the workflow finishes.</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>New task</translation>
        </message>
        <message>
            <source>New approval</source>
            <translation>New approval</translation>
        </message>
    </context>
    <context>
        <name>WorkflowRuleDialog</name>
        <message>
            <source>New workflow rule</source>
            <translation>New workflow rule</translation>
        </message>
        <message>
            <source>Edit workflow rule {name}</source>
            <translation>Edit workflow rule {name}</translation>
        </message>
        <message>
            <source>e.g. 维修走快速流程</source>
            <translation>e.g. 维修走快速流程</translation>
        </message>
        <message>
            <source>The whole country</source>
            <translation>The whole country</translation>
        </message>
        <message>
            <source>A region and everything inside it</source>
            <translation>A region and everything inside it</translation>
        </message>
        <message>
            <source>Region group {name}</source>
            <translation>Region group {name}</translation>
        </message>
        <message>
            <source>Any complexity</source>
            <translation>Any complexity</translation>
        </message>
        <message>
            <source>Level {level}</source>
            <translation>Level {level}</translation>
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
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Applies to:</source>
            <translation>Applies to:</translation>
        </message>
        <message>
            <source>Provider type:</source>
            <translation>Provider type:</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>Scenario:</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translation>Complexity:</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Valid:</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>Priority:</translation>
        </message>
        <message>
            <source>A more specific region always wins, then the rule with more matching dimensions; the higher priority decides between rules equal in both.</source>
            <translation>A more specific region always wins, then the rule with more matching dimensions; the higher priority decides between rules equal in both.</translation>
        </message>
        <message>
            <source>Workflow:</source>
            <translation>Workflow:</translation>
        </message>
        <message>
            <source>New work orders start on its newest published version; running ones keep theirs.</source>
            <translation>New work orders start on its newest published version; running ones keep theirs.</translation>
        </message>
        <message>
            <source>Any (leave empty)</source>
            <translation>Any (leave empty)</translation>
        </message>
        <message>
            <source>{name} ({key}), not published yet</source>
            <translation>{name} ({key}), not published yet</translation>
        </message>
        <message>
            <source>{name} ({key}), v{number}</source>
            <translation>{name} ({key}), v{number}</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translation>Pick the region from the list, or type its six-digit code.</translation>
        </message>
        <message>
            <source>There are no workflows yet; design one first.</source>
            <translation>There are no workflows yet; design one first.</translation>
        </message>
    </context>
    <context>
        <name>WorkflowRulesPage</name>
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
            <source>Work calendar…</source>
            <translation>Work calendar…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Workflow rules</source>
            <translation>Workflow rules</translation>
        </message>
        <message>
            <source>Which workflow a work order follows when its workflow starts, by region, provider type, scenario and complexity. The most specific matching rule wins; rules that could tie are refused.</source>
            <translation>Which workflow a work order follows when its workflow starts, by region, provider type, scenario and complexity. The most specific matching rule wins; rules that could tie are refused.</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>Applies to</translation>
        </message>
        <message>
            <source>Provider type</source>
            <translation>Provider type</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>Complexity</translation>
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
            <source>Workflow</source>
            <translation>Workflow</translation>
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
            <source>Region group {name}</source>
            <translation>Region group {name}</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translation>Whole country</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Always</translation>
        </message>
        <message>
            <source>{name}, not published (skipped)</source>
            <translation>{name}, not published (skipped)</translation>
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
            <source>Rule “{name}” was saved.</source>
            <translation>Rule “{name}” was saved.</translation>
        </message>
        <message>
            <source>Deactivate the rule “{name}”? Workflows started from now on no longer follow it.</source>
            <translation>Deactivate the rule “{name}”? Workflows started from now on no longer follow it.</translation>
        </message>
        <message>
            <source>Deactivate rule</source>
            <translation>Deactivate rule</translation>
        </message>
        <message>
            <source>Rule “{name}” is active again.</source>
            <translation>Rule “{name}” is active again.</translation>
        </message>
        <message>
            <source>Rule “{name}” was deactivated.</source>
            <translation>Rule “{name}” was deactivated.</translation>
        </message>
    </context>
    <context>
        <name>WorkflowsPage</name>
        <message>
            <source>New workflow…</source>
            <translation>New workflow…</translation>
        </message>
        <message>
            <source>Import BPMN…</source>
            <translation>Import BPMN…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>Workflows</translation>
        </message>
        <message>
            <source>Design how a work order runs from 售前 to 售后: drag nodes from the palette, connect them, and set who does each step. Publish a draft to use it; published versions never change.</source>
            <translation>Design how a work order runs from 售前 to 售后: drag nodes from the palette, connect them, and set who does each step. Publish a draft to use it; published versions never change.</translation>
        </message>
        <message>
            <source>No workflows yet — create one or import BPMN</source>
            <translation>No workflows yet — create one or import BPMN</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>v{number} draft</source>
            <translation>v{number} draft</translation>
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
            <source>{count} workflows</source>
            <translation>{count} workflows</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The draft of {name} has changes that are not saved. Discard them?</source>
            <translation>The draft of {name} has changes that are not saved. Discard them?</translation>
        </message>
        <message>
            <source>The open draft has changes that are not saved. Discard them?</source>
            <translation>The open draft has changes that are not saved. Discard them?</translation>
        </message>
    </context>
</TS>
