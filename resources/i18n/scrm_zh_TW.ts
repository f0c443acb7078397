<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>ActiveNodeCard</name>
        <message>
            <source>Overdue</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已超時</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>剩餘 {time}</translation>
        </message>
        <message>
            <source>Stage:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>階段：</translation>
        </message>
        <message>
            <source>Approvers:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>審批人：</translation>
        </message>
        <message>
            <source>Assignee:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>處理人：</translation>
        </message>
        <message>
            <source>Entered:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>進入時間：</translation>
        </message>
        <message>
            <source>Due:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>截止時間：</translation>
        </message>
        <message>
            <source>Votes so far:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已有意見：</translation>
        </message>
        <message>
            <source>Waiting for {assignee}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>等待{assignee}處理。</translation>
        </message>
        <message>
            <source>Waiting for the approvers.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>等待審批人處理。</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備註（選填）</translation>
        </message>
        <message>
            <source>Submit and advance</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>提交併前進</translation>
        </message>
        <message>
            <source>Approve</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>同意</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>駁回…</translation>
        </message>
        <message>
            <source>Send back…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>退回…</translation>
        </message>
        <message>
            <source>No time limit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無時限</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{days} 天 {hours} 小時</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{hours} 小時 {minutes} 分鐘</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{minutes} 分鐘</translation>
        </message>
        <message>
            <source>None yet</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>暫無</translation>
        </message>
        <message>
            <source>approved</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>同意</translation>
        </message>
        <message>
            <source>rejected</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>駁回</translation>
        </message>
        <message>
            <source>{who}: {vote}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{who}：{vote}</translation>
        </message>
    </context>
    <context>
        <name>AdjustDialog</name>
        <message>
            <source>Adjust prices</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>調整價格</translation>
        </message>
        <message>
            <source>By percent (+/- %)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按百分比（+/- %）</translation>
        </message>
        <message>
            <source>By amount (+/- yuan)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按金額（+/- 元）</translation>
        </message>
        <message>
            <source>e.g. 5 or -2.5</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如 5 或 -2.5</translation>
        </message>
        <message>
            <source>Change</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>調整方式</translation>
        </message>
        <message>
            <source>By</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>幅度</translation>
        </message>
        <message>
            <source>Round half up</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>四捨五入</translation>
        </message>
        <message>
            <source>Adjust the {count} selected prices.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>調整選中的 {count} 個價格。</translation>
        </message>
        <message>
            <source>Cells without a price are left as they are. The result is rounded half up.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有價格的單元格保持不變。結果按四捨五入取整。</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”不是有效數字。</translation>
        </message>
    </context>
    <context>
        <name>AdjustmentsEditor</name>
        <message>
            <source>Kind</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>型別</translation>
        </message>
        <message>
            <source>Amount</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>金額</translation>
        </message>
        <message>
            <source>Reason</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>原因</translation>
        </message>
        <message>
            <source>For</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>物件</translation>
        </message>
        <message>
            <source>Why, e.g. 客户好评奖励</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>原因，例如：客戶好評獎勵</translation>
        </message>
        <message>
            <source>Add adjustment</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增調整</translation>
        </message>
        <message>
            <source>Remove</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>移除</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>型別：</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>金額：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>原因：</translation>
        </message>
        <message>
            <source>For:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>物件：</translation>
        </message>
        <message>
            <source>A bonus adds to the earnings and a deduction takes away: type the amount as a positive number, a deduction is stored as a negative one. Corrections and others count as typed.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>獎勵增加收益，扣款減少收益：金額請填正數，扣款會按負數儲存。更正和其他按所填金額（可為負數）計入。</translation>
        </message>
        <message>
            <source>Whole crew by shares</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全體按份額</translation>
        </message>
        <message>
            <source>Type a positive amount; a deduction is stored as a negative one.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請填正數，扣款按負數儲存。</translation>
        </message>
        <message>
            <source>Type a positive amount.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請填正數。</translation>
        </message>
        <message>
            <source>Type a negative amount to take money away.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>減少收益請填負數。</translation>
        </message>
        <message>
            <source>Counts as {amount}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>計為 {amount}</translation>
        </message>
        <message>
            <source>Type the amount of the adjustment.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請填寫調整金額。</translation>
        </message>
        <message>
            <source>Say why: every adjustment needs a reason.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請填寫原因：每筆調整都需要原因。</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Database password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>資料庫密碼</translation>
        </message>
        <message>
            <source>Password for {database}:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{database} 的密碼：</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法開啟資料庫</translation>
        </message>
        <message>
            <source>Database settings…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>資料庫設定…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Search user, action, record id or summary</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>搜尋使用者、操作、記錄編號或摘要</translation>
        </message>
        <message>
            <source>All</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Record type:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>記錄型別：</translation>
        </message>
        <message>
            <source>Select an entry to see what it changed.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇一條記錄，檢視它修改了什麼。</translation>
        </message>
        <message>
            <source>Changes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改內容</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>審計日誌</translation>
        </message>
        <message>
            <source>Every change made in SCRM Desktop: who made it, when, and the values before and after. Entries cannot be edited or deleted.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>SCRM Desktop 中的每一次修改：誰、在什麼時間、修改前後的值。日誌不能被編輯或刪除。</translation>
        </message>
        <message>
            <source>Time</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>時間</translation>
        </message>
        <message>
            <source>User</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Action</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>操作</translation>
        </message>
        <message>
            <source>Record</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>記錄</translation>
        </message>
        <message>
            <source>{entity} {id}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{entity} {id}</translation>
        </message>
        <message>
            <source>{field}: {value}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{field}：{value}</translation>
        </message>
        <message>
            <source>Showing the newest {count} entries. Narrow the search to see older ones.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示最新的 {count} 條記錄。縮小搜尋範圍可檢視更早的記錄。</translation>
        </message>
        <message>
            <source>Entries: {count}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>共 {count} 條</translation>
        </message>
        <message>
            <source>No entries match the search. Change or clear the filter.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有符合搜尋條件的記錄。請修改或清除篩選條件。</translation>
        </message>
        <message>
            <source>The audit log has no entries yet.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>審計日誌中還沒有記錄。</translation>
        </message>
        <message>
            <source>Yes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>否</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{field}：{before} → {after}</translation>
        </message>
        <message>
            <source>{action} by {user} at {time}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{user} 於 {time} {action}</translation>
        </message>
        <message>
            <source>Record: {entity} {id}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>記錄：{entity} {id}</translation>
        </message>
        <message>
            <source>Summary: {summary}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>摘要：{summary}</translation>
        </message>
        <message>
            <source>This entry records no changed values.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>這條記錄沒有修改任何值。</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>BatchExportDialog</name>
        <message>
            <source>Export PDFs</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>批次匯出 PDF</translation>
        </message>
        <message>
            <source>One PDF file per statement, into a folder</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>每份結算單一個 PDF 檔案，儲存到資料夾</translation>
        </message>
        <message>
            <source>All statements in one PDF file (for printing)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部結算單合併為一個 PDF 檔案（便於列印）</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇…</translation>
        </message>
        <message>
            <source>Export {count} statements as PDF.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>將 {count} 份結算單匯出為 PDF。</translation>
        </message>
        <message>
            <source>Save the merged PDF</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存合併的 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <source>Folder for the PDF files</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>PDF 檔案儲存到的資料夾</translation>
        </message>
        <message>
            <source>Choose a folder or a file first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請先選擇資料夾或檔案。</translation>
        </message>
    </context>
    <context>
        <name>BreakdownPanel</name>
        <message>
            <source>Customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶數</translation>
        </message>
        <message>
            <source>Share</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>佔比</translation>
        </message>
        <message>
            <source>Show customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檢視這些客戶</translation>
        </message>
        <message>
            <source>Open the customer list filtered to the selected row.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開啟客戶列表，只顯示所選行的客戶。</translation>
        </message>
        <message>
            <source>Other</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>CatalogItemsPage</name>
        <message>
            <source>National</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全國</translation>
        </message>
        <message>
            <source>All categories</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部分類</translation>
        </message>
        <message>
            <source>Category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分類</translation>
        </message>
        <message>
            <source>Items</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數量</translation>
        </message>
        <message>
            <source>Code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Unit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單位</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度</translation>
        </message>
        <message>
            <source>Owner region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>所屬區域</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Search code, name or specification</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>搜尋編碼、名稱或規格</translation>
        </message>
        <message>
            <source>Show inactive</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示已停用</translation>
        </message>
        <message>
            <source>Service items</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案庫</translation>
        </message>
        <message>
            <source>Description</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>說明</translation>
        </message>
        <message>
            <source>New item</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建</translation>
        </message>
        <message>
            <source>Edit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>New</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建</translation>
        </message>
        <message>
            <source>Delete</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除</translation>
        </message>
        <message>
            <source>New category under the selected one</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>在所選分類下新建分類</translation>
        </message>
        <message>
            <source>Rename or move the selected category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新命名或移動所選分類</translation>
        </message>
        <message>
            <source>Delete the selected category (only when it is empty)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除所選分類（僅限空分類）</translation>
        </message>
        <message>
            <source>Rows: {count}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>共 {count} 條</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} rows</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示 {shown} / {total} 條</translation>
        </message>
        <message>
            <source>This row belongs to the national catalog. Only administrators and pricing managers can change it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此條目屬於全國目錄，只有管理員和定價經理可以修改。</translation>
        </message>
        <message>
            <source>This row belongs to {region}, outside your regions.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此條目屬於{region}，不在您的負責區域內。</translation>
        </message>
        <message>
            <source>Edit the selected row</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯所選條目</translation>
        </message>
        <message>
            <source>Activate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Only administrators and pricing managers can change the categories.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只有管理員和定價經理可以修改分類。</translation>
        </message>
        <message>
            <source>Saved {code} {name}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已儲存 {code} {name}。</translation>
        </message>
        <message>
            <source>{code} is active again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{code} 已重新啟用。</translation>
        </message>
        <message>
            <source>{code} was deactivated.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{code} 已停用。</translation>
        </message>
        <message>
            <source>Saved the category {path}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已儲存分類 {path}。</translation>
        </message>
        <message>
            <source>Delete category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除分類</translation>
        </message>
        <message>
            <source>Delete the empty category {path}?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除空分類 {path}？</translation>
        </message>
        <message>
            <source>Deleted the category {path}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已刪除分類 {path}。</translation>
        </message>
    </context>
    <context>
        <name>CatalogLinesEditor</name>
        <message>
            <source>Code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數量</translation>
        </message>
        <message>
            <source>Unit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單位</translation>
        </message>
        <message>
            <source>Settlement price</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單價</translation>
        </message>
        <message>
            <source>Settlement amount</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算金額</translation>
        </message>
        <message>
            <source>Sales price</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銷售單價</translation>
        </message>
        <message>
            <source>Sales amount</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銷售金額</translation>
        </message>
        <message>
            <source>No price</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無價格</translation>
        </message>
        <message>
            <source>Type a code or name and pick a service item or part</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>輸入編碼或名稱，選擇服務專案或備件</translation>
        </message>
        <message>
            <source>Add line</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>移除所選行</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數量：</translation>
        </message>
        <message>
            <source>No prices: {problem}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法計價：{problem}</translation>
        </message>
        <message>
            <source>Pick a service item or part from the list.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請從列表中選擇服務專案或備件。</translation>
        </message>
    </context>
    <context>
        <name>CatalogPages</name>
        <message>
            <source>Service</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務</translation>
        </message>
        <message>
            <source>Part</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備件</translation>
        </message>
    </context>
    <context>
        <name>CategoryDialog</name>
        <message>
            <source>New category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建分類</translation>
        </message>
        <message>
            <source>Category {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分類 {name}</translation>
        </message>
        <message>
            <source>e.g. AC-INSTALL</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如 AC-INSTALL</translation>
        </message>
        <message>
            <source>(top level)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>（頂級）</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Code:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼：</translation>
        </message>
        <message>
            <source>Parent:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>上級分類：</translation>
        </message>
        <message>
            <source>Create</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>建立</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存</translation>
        </message>
        <message>
            <source>Tier rules refer to categories by their code; keep codes stable once rules use them.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位規則透過編碼引用分類；規則使用後請勿隨意修改編碼。</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改密碼</translation>
        </message>
        <message>
            <source>An administrator set a temporary password. Choose your own password now.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>管理員為您設定了臨時密碼，請現在設定您自己的密碼。</translation>
        </message>
        <message>
            <source>Current password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>當前密碼</translation>
        </message>
        <message>
            <source>New password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新密碼</translation>
        </message>
        <message>
            <source>Repeat new password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>再次輸入新密碼</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>兩次輸入的新密碼不一致。</translation>
        </message>
    </context>
    <context>
        <name>ChangesModel</name>
        <message>
            <source>What</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>類別</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Change</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>變化</translation>
        </message>
        <message>
            <source>Changed fields</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>改動的欄位</translation>
        </message>
    </context>
    <context>
        <name>ConditionEditor</name>
        <message>
            <source>equals</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>等於</translation>
        </message>
        <message>
            <source>does not equal</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不等於</translation>
        </message>
        <message>
            <source>greater than</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>大於</translation>
        </message>
        <message>
            <source>at least</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>大於等於</translation>
        </message>
        <message>
            <source>less than</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>小於</translation>
        </message>
        <message>
            <source>at most</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>小於等於</translation>
        </message>
        <message>
            <source>is one of</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>屬於</translation>
        </message>
        <message>
            <source>is none of</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不屬於</translation>
        </message>
        <message>
            <source>contains</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>包含</translation>
        </message>
        <message>
            <source>is empty</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>為空</translation>
        </message>
        <message>
            <source>is not empty</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不為空</translation>
        </message>
        <message>
            <source>amount</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>金額</translation>
        </message>
        <message>
            <source>number</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數字</translation>
        </message>
        <message>
            <source>text</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>文字</translation>
        </message>
        <message>
            <source>date</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>是/否</translation>
        </message>
        <message>
            <source>choice</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選項</translation>
        </message>
        <message>
            <source>form field</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單欄位</translation>
        </message>
        <message>
            <source>Settlement amount</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算金額</translation>
        </message>
        <message>
            <source>Sales amount</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銷售金額</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>場景</translation>
        </message>
        <message>
            <source>Provider type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別</translation>
        </message>
        <message>
            <source>Region code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>區縣程式碼</translation>
        </message>
        <message>
            <source>Province code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>省份程式碼</translation>
        </message>
        <message>
            <source>City code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>城市程式碼</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度</translation>
        </message>
        <message>
            <source>Number of lines</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>明細行數</translation>
        </message>
        <message>
            <source>Approved</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Write one or more values, separated by commas.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請填寫一個或多個值，用逗號分隔。</translation>
        </message>
        <message>
            <source>'{value}' is not a number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{value}”不是數字。</translation>
        </message>
        <message>
            <source>Choose yes or no.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇是或否。</translation>
        </message>
        <message>
            <source>Write a value to compare with.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請填寫要比較的值。</translation>
        </message>
        <message>
            <source>all of these hold</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>以下全部成立</translation>
        </message>
        <message>
            <source>any of these holds</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>以下任一成立</translation>
        </message>
        <message>
            <source>Add comparison</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增比較</translation>
        </message>
        <message>
            <source>Take this path when</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>走這條路徑的條件：</translation>
        </message>
        <message>
            <source>Operators: == != &gt; &gt;= &lt; &lt;= in, not in, and, or, not; functions: empty(x), contains(x, 'text'), len, min, max, round, upper, lower, startswith.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>運算子：== != &gt; &gt;= &lt; &lt;= in、not in、and、or、not；函式：empty(x)、contains(x, '文字')、len、min、max、round、upper、lower、startswith。</translation>
        </message>
        <message>
            <source>Builder</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結構化</translation>
        </message>
        <message>
            <source>Text</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>文字</translation>
        </message>
        <message>
            <source>Apply</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>應用</translation>
        </message>
        <message>
            <source>Remove condition</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除條件</translation>
        </message>
        <message>
            <source>an unknown language</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未知語言</translation>
        </message>
        <message>
            <source>⚠ This condition was imported in {language}, which this program never executes, so the workflow cannot be published yet. Write the condition again below and apply it; the imported one is then removed.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>⚠ 這個條件是以 {language} 匯入的，本程式不會執行它，因此流程暫時不能釋出。請在下面重新編寫條件並應用，匯入的條件隨即刪除。</translation>
        </message>
        <message>
            <source>This condition has nested groups or calculations, which the builder cannot show; edit it as text.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>這個條件含有巢狀分組或計算，結構化編輯器無法顯示，請在文字模式中編輯。</translation>
        </message>
        <message>
            <source>Comparison {number}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {number} 個比較：{reason}</translation>
        </message>
        <message>
            <source>No comparison: the path has no condition.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有比較：這條路徑沒有條件。</translation>
        </message>
        <message>
            <source>Empty: the path has no condition.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>為空：這條路徑沒有條件。</translation>
        </message>
        <message>
            <source>No earlier node records {names}; publishing will be refused until it does.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>前面沒有節點記錄 {names}；在補上之前無法釋出。</translation>
        </message>
        <message>
            <source>✓ The condition is valid.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>✓ 條件有效。</translation>
        </message>
        <message>
            <source>Correct the text first; the builder can only show a valid condition.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請先改正文字；結構化編輯器只能顯示有效的條件。</translation>
        </message>
        <message>
            <source>Not applied: correct the condition first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未應用：請先改正條件。</translation>
        </message>
        <message>
            <source>Changed: press Apply.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已修改：請點“應用”。</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <source>yes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>否</translation>
        </message>
        <message>
            <source>Remove this comparison</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除這個比較</translation>
        </message>
        <message>
            <source>{name} · unknown field</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name} · 未知欄位</translation>
        </message>
        <message>
            <source>Choose a field.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇欄位。</translation>
        </message>
        <message>
            <source>(no value)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>（無需填寫值）</translation>
        </message>
        <message>
            <source>Values separated by commas, e.g. 安装, 维修</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>多個值用逗號分隔，例如 安裝, 維修</translation>
        </message>
        <message>
            <source>A number, e.g. 1000</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數字，例如 1000</translation>
        </message>
        <message>
            <source>Text to compare with</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>要比較的文字</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Unexpected error</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>意外錯誤</translation>
        </message>
        <message>
            <source>Something went wrong that SCRM Desktop did not expect. Your last action was not saved.
The details were written to the log file:
{path}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>SCRM Desktop 遇到了意外錯誤，您的上一步操作沒有儲存。
詳細資訊已寫入日誌檔案：
{path}</translation>
        </message>
        <message>
            <source>Show details</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示詳細資訊</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複製詳細資訊</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>隱藏詳細資訊</translation>
        </message>
    </context>
    <context>
        <name>CrewEditor</name>
        <message>
            <source>Installer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>師傅</translation>
        </message>
        <message>
            <source>Code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Share %</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>份額 %</translation>
        </message>
        <message>
            <source>Add</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增</translation>
        </message>
        <message>
            <source>Remove</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>移除</translation>
        </message>
        <message>
            <source>Split equally</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>平分</translation>
        </message>
        <message>
            <source>Choose the provider first</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請先選擇服務商</translation>
        </message>
        <message>
            <source>Choose an installer to add</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇要新增的師傅</translation>
        </message>
        <message>
            <source>This provider has no active installers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該服務商沒有在職師傅</translation>
        </message>
        <message>
            <source>No installers yet: add the crew that does the job.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>還沒有師傅：請新增施工的師傅。</translation>
        </message>
        <message>
            <source>Shares add up to 100%.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>份額合計 100%。</translation>
        </message>
        <message>
            <source>Shares add up to {sum}%, not 100%.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>份額合計 {sum}%，應為 100%。</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <source>New customer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建客戶</translation>
        </message>
        <message>
            <source>Edit customer {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯客戶 {name}</translation>
        </message>
        <message>
            <source>Mobile or landline, e.g. 138 1234 5678 or 020-3888 6688</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>手機或座機，例如 138 1234 5678 或 020-3888 6688</translation>
        </message>
        <message>
            <source>e.g. 广东省深圳市南山区科技园南区 8 栋 1201</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如 廣東省深圳市南山區科技園南區 8 棟 1201</translation>
        </message>
        <message>
            <source>Separate tags with commas, e.g. VIP, 老客户</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>多個標籤用逗號分隔，例如 VIP，老客戶</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>The middle digits are hidden because you may not view personal data. Leave the number as it is to keep it, or type a new number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>您沒有檢視個人資訊的許可權，號碼中間幾位已隱藏。保持不變即保留原號碼，也可以輸入新號碼。</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>電話：</translation>
        </message>
        <message>
            <source>Service address:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務地址：</translation>
        </message>
        <message>
            <source>Filled in from the address as you type. Pick another region if it is wrong.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>輸入地址時自動識別；如識別有誤，請另選地區。</translation>
        </message>
        <message>
            <source>Region:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區：</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標籤：</translation>
        </message>
        <message>
            <source>Channel ids:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>渠道賬號：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備註：</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>負責人：</translation>
        </message>
        <message>
            <source>Create customer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>建立客戶</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存</translation>
        </message>
        <message>
            <source>The address fits several regions:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該地址對應多個地區：</translation>
        </message>
        <message>
            <source>Choose the region the address means</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇地址所指的地區</translation>
        </message>
        <message>
            <source>No owner rule applies to this region: the customer will have no owner.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有適用於該地區的分配規則：客戶將暫無負責人。</translation>
        </message>
        <message>
            <source>The owner rules give customers here to {owner} (rule “{rule}”).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按分配規則，該地區的客戶歸 {owner}（規則“{rule}”）。</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未分配</translation>
        </message>
        <message>
            <source>{owner}. The owner rules now give customers here to {rules_owner}; the owner changes when an administrator re-assigns customers.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{owner}。按分配規則，該地區的客戶現歸 {rules_owner}；管理員重新分配客戶後負責人才會變更。</translation>
        </message>
        <message>
            <source>; </source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>；</translation>
        </message>
        <message>
            <source>The address fits several regions. Choose the right one before saving: {regions}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該地址對應多個地區，請先選擇正確的地區再儲存：{regions}。</translation>
        </message>
    </context>
    <context>
        <name>CustomerImportWizard</name>
        <message>
            <source>Import customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入客戶</translation>
        </message>
        <message>
            <source>{rows} rows with {columns} columns read from {file}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已從 {file} 讀取 {rows} 行，共 {columns} 列。</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在讀取 {file}…</translation>
        </message>
        <message>
            <source>The file could not be read. Choose another file or correct this one.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法讀取該檔案。請選擇其他檔案，或修正此檔案。</translation>
        </message>
        <message>
            <source>Checking {n} rows…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在檢查 {n} 行…</translation>
        </message>
        <message>
            <source>Importing {n} customers…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在匯入 {n} 位客戶…</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was written.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入已取消，未寫入任何資料。</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct the problem and try again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未匯入任何資料。請修正問題後重試。</translation>
        </message>
    </context>
    <context>
        <name>CustomerLabels</name>
        <message>
            <source>WeCom</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>企業微信</translation>
        </message>
        <message>
            <source>Douyin</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>抖音</translation>
        </message>
        <message>
            <source>Taobao</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>淘寶</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>電話</translation>
        </message>
        <message>
            <source>Service address</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務地址</translation>
        </message>
        <message>
            <source>Province</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>省</translation>
        </message>
        <message>
            <source>City</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>市</translation>
        </message>
        <message>
            <source>District</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>區縣</translation>
        </message>
        <message>
            <source>Tags</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Notes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備註</translation>
        </message>
        <message>
            <source>OK</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正常</translation>
        </message>
        <message>
            <source>Error</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重複</translation>
        </message>
        <message>
            <source>Choose a region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>需選擇地區</translation>
        </message>
        <message>
            <source>Region chosen</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已選地區</translation>
        </message>
        <message>
            <source>Left out</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不匯入</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <source>Search a customer by name or phone number</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按姓名或電話搜尋客戶</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <source>Unassigned</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未分配</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>電話</translation>
        </message>
        <message>
            <source>Service address</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務地址</translation>
        </message>
        <message>
            <source>Region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區</translation>
        </message>
        <message>
            <source>Owner</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>負責人</translation>
        </message>
        <message>
            <source>Tags</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Channel ids</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>渠道賬號</translation>
        </message>
        <message>
            <source>Search name, phone or address</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>搜尋姓名、電話或地址</translation>
        </message>
        <message>
            <source>Customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Customers with their service address, region and owner. Pick a region on the left or search to narrow the list; new and imported customers get their owner from the owner rules.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶及其服務地址、所屬地區和負責人。在左側選擇地區或輸入搜尋以縮小範圍；新建和匯入的客戶按分配規則自動指定負責人。</translation>
        </message>
        <message>
            <source>New customer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建客戶</translation>
        </message>
        <message>
            <source>Edit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Import…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯出…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>All regions</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部地區</translation>
        </message>
        <message>
            <source>Without region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未識別地區</translation>
        </message>
        <message>
            <source>Find a region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>查詢地區</translation>
        </message>
        <message>
            <source>Only regions with customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只顯示有客戶的地區</translation>
        </message>
        <message>
            <source>Show all</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示全部</translation>
        </message>
        <message>
            <source>Loading customers…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在載入客戶…</translation>
        </message>
        <message>
            <source>Showing the customers in the region group {group}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在顯示地區分組“{group}”內的客戶。</translation>
        </message>
        <message>
            <source>Showing the customers without an owner.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在顯示沒有負責人的客戶。</translation>
        </message>
        <message>
            <source>Showing the customers of {owner}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在顯示 {owner} 負責的客戶。</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示 {shown} / 共 {total} 位客戶</translation>
        </message>
        <message>
            <source>Customers: {count}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶：{count}</translation>
        </message>
        <message>
            <source>No customers match the filter. Change the search or pick another region.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有符合篩選條件的客戶。請修改搜尋內容或選擇其他地區。</translation>
        </message>
        <message>
            <source>There are no customers yet. Add one with New customer, or import a CSV or Excel file.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>還沒有客戶。點選“新建客戶”新增，或匯入 CSV / Excel 檔案。</translation>
        </message>
        <message>
            <source>There are no customers in your regions yet.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>您負責的地區還沒有客戶。</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已儲存 {name}。</translation>
        </message>
        <message>
            <source>Saved {name}. The current filter hides this customer.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已儲存 {name}。當前篩選條件下不顯示該客戶。</translation>
        </message>
        <message>
            <source>{count} customers imported.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已匯入 {count} 位客戶。</translation>
        </message>
        <message>
            <source>customers-{date}.xlsx</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶-{date}.xlsx</translation>
        </message>
        <message>
            <source>Export customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯出客戶</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>Excel 工作簿 (*.xlsx);;CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <source>Exporting customers…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在匯出客戶…</translation>
        </message>
        <message>
            <source>{count} customers written to {file}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已將 {count} 位客戶寫入 {file}。</translation>
        </message>
    </context>
    <context>
        <name>DeriveDialog</name>
        <message>
            <source>Derive a tier column</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按檔位推算價格列</translation>
        </message>
        <message>
            <source>Only the selected rows</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>僅選中的行</translation>
        </message>
        <message>
            <source>Fill the column</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>填寫的列</translation>
        </message>
        <message>
            <source>From the column</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>依據的列</translation>
        </message>
        <message>
            <source>Times</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>乘以係數</translation>
        </message>
        <message>
            <source>Round half up</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>四捨五入</translation>
        </message>
        <message>
            <source>Applies to the rows the filter shows. Rows without a price in the source column keep their value.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>作用於當前篩選顯示的行。依據列沒有價格的行保持原值。</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”不是有效數字。</translation>
        </message>
        <message>
            <source>Choose two different columns.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇兩個不同的列。</translation>
        </message>
        <message>
            <source>The factor must not be negative.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>係數不能為負數。</translation>
        </message>
    </context>
    <context>
        <name>EarningsPanel</name>
        <message>
            <source>Earnings</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>收益</translation>
        </message>
        <message>
            <source>Item</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案</translation>
        </message>
        <message>
            <source>Qty</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數量</translation>
        </message>
        <message>
            <source>Tier</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算檔位</translation>
        </message>
        <message>
            <source>Rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單價</translation>
        </message>
        <message>
            <source>Amount</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算金額</translation>
        </message>
        <message>
            <source>Sales tier</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銷售檔位</translation>
        </message>
        <message>
            <source>Sales unit price</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銷售單價</translation>
        </message>
        <message>
            <source>Sales amount</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銷售金額</translation>
        </message>
        <message>
            <source>No price</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無價格</translation>
        </message>
        <message>
            <source>Click a tier to see which rule chose it and why.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>點選檔位，檢視是哪條規則選中了它以及原因。</translation>
        </message>
        <message>
            <source>{kind}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{kind}：{reason}</translation>
        </message>
        <message>
            <source>Whole crew by shares</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全體按份額</translation>
        </message>
        <message>
            <source>Installer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>師傅</translation>
        </message>
        <message>
            <source>Share</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>份額</translation>
        </message>
        <message>
            <source>Lines</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案所得</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>調整</translation>
        </message>
        <message>
            <source>Earns</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>合計</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算狀態</translation>
        </message>
        <message>
            <source>Not settled</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未結算</translation>
        </message>
        <message>
            <source>Partly settled: {settled} settled, {unsettled} to settle</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>部分結算：已結算 {settled}，待結算 {unsettled}</translation>
        </message>
        <message>
            <source>Settled {amount}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已結算 {amount}</translation>
        </message>
        <message>
            <source>Not settled {amount}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未結算 {amount}</translation>
        </message>
        <message>
            <source> (correction {amount})</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>（含更正 {amount}）</translation>
        </message>
        <message>
            <source>Frozen · completed on {date}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已凍結 · 完工於 {date}</translation>
        </message>
        <message>
            <source>Later price or rule changes never move these figures.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>之後價格或規則的修改不會改變這些數字。</translation>
        </message>
        <message>
            <source>Preview (not frozen)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預覽（未凍結）</translation>
        </message>
        <message>
            <source>Priced with the prices and rules in force on {date}; frozen when the work order is completed.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按 {date} 生效的價格和規則計算；完工時凍結。</translation>
        </message>
        <message>
            <source>{count} prices are missing, so this work order cannot be completed until they are fixed: {problem}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有 {count} 處價格缺失，補齊之前工單不能完工：{problem}</translation>
        </message>
        <message>
            <source>Add service items or parts to see what the job earns.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增服務專案或備件後，這裡顯示本單收益。</translation>
        </message>
        <message>
            <source>Add the crew to see what each installer earns.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增師傅後，這裡顯示每位師傅的收益。</translation>
        </message>
        <message>
            <source>Settlement total {total} (lines {lines}, adjustments {adjustments}) · sales total {sales}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算合計 {total}（專案 {lines}，調整 {adjustments}）· 銷售合計 {sales}</translation>
        </message>
        <message>
            <source>Split over the crew: {parts} = {total}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按份額分給師傅：{parts} = {total}</translation>
        </message>
    </context>
    <context>
        <name>EditorPreview</name>
        <message>
            <source>YYYY-MM-DD  ▾</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>年-月-日  ▾</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM  ▾</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>年-月-日 時:分  ▾</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇…</translation>
        </message>
        <message>
            <source>No options yet</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>尚無選項</translation>
        </message>
        <message>
            <source>Province / city / district  ▾</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>省 / 市 / 區縣  ▾</translation>
        </message>
        <message>
            <source>Choose a customer…  ▾</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇客戶…  ▾</translation>
        </message>
        <message>
            <source>Choose a user…  ▾</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇人員…  ▾</translation>
        </message>
        <message>
            <source>Item or part · quantity · settlement price
＋ Add line</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案或備件 · 數量 · 結算價
＋ 新增明細</translation>
        </message>
        <message>
            <source>＋ Add photos</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>＋ 新增照片</translation>
        </message>
        <message>
            <source>＋ Add files</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>＋ 新增附件</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>在此簽名</translation>
        </message>
        <message>
            <source>(no formula yet)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>（尚未填寫公式）</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Row {row}: {message}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {row} 行：{message}</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法完成操作</translation>
        </message>
    </context>
    <context>
        <name>FieldCard</name>
        <message>
            <source>Shown only when its condition holds</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>僅在條件成立時顯示</translation>
        </message>
        <message>
            <source>Required when its condition holds</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件成立時必填</translation>
        </message>
    </context>
    <context>
        <name>FieldPermissionsModel</name>
        <message>
            <source>Form field</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單欄位</translation>
        </message>
        <message>
            <source>Permission</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>許可權</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a file</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇檔案</translation>
        </message>
        <message>
            <source>Customers are imported from an Excel workbook (.xlsx) or a CSV file. The first row holds the column names; each further row is one customer.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>從 Excel 工作簿（.xlsx）或 CSV 檔案匯入客戶。第一行為列名，之後每行一位客戶。</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未選擇檔案</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇檔案…</translation>
        </message>
        <message>
            <source>Recognised column names include 姓名, 电话, 地址, 省, 市, 区, 标签, 企业微信, 抖音, 淘宝 and 备注 (an exported customer list imports again). You can match other names in the next step.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>可自動識別的列名包括 姓名、電話、地址、省、市、區、標籤、企業微信、抖音、淘寶 和 備註（匯出的客戶表可直接再匯入）。其他列名可在下一步手動對應。</translation>
        </message>
        <message>
            <source>Import customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入客戶</translation>
        </message>
        <message>
            <source>Customer lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶表 (*.xlsx *.csv *.txt);;Excel 工作簿 (*.xlsx);;CSV 檔案 (*.csv *.txt)</translation>
        </message>
    </context>
    <context>
        <name>FilePicker</name>
        <message>
            <source>Add photos…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增照片…</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增檔案…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>移除</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增照片</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>圖片 (*.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>Add files</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增檔案</translation>
        </message>
        <message>
            <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>文件和圖片 (*.pdf *.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法讀取“{name}”：{reason}</translation>
        </message>
        <message>
            <source>At most {count} files can be added here.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此處最多可新增 {count} 個檔案。</translation>
        </message>
        <message>
            <source>“{name}” is not an image.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{name}”不是圖片。</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>Create the administrator — SCRM Desktop</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>建立管理員 — SCRM Desktop</translation>
        </message>
        <message>
            <source>Welcome to SCRM Desktop</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>歡迎使用 SCRM Desktop</translation>
        </message>
        <message>
            <source>This database has no users yet. Create the administrator account; the administrator then creates everyone else's.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>這個資料庫還沒有使用者。請先建立管理員賬號，再由管理員為其他人建立賬號。</translation>
        </message>
        <message>
            <source>e.g. 张伟</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如：張偉</translation>
        </message>
        <message>
            <source>At least {n} characters</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>至少 {n} 個字元</translation>
        </message>
        <message>
            <source>User name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者名稱</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>密碼</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>再次輸入密碼</translation>
        </message>
        <message>
            <source>Create and sign in</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>建立並登入</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>兩次輸入的密碼不一致。</translation>
        </message>
    </context>
    <context>
        <name>FormCanvas</name>
        <message>
            <source>Drag fields from the palette on the left and drop them here. Fields side by side share a row.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>把左側的欄位拖到這裡。並排放置的欄位共用一行。</translation>
        </message>
        <message>
            <source>This row is full: at most {count} fields</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>這一行已滿：最多 {count} 個欄位</translation>
        </message>
    </context>
    <context>
        <name>FormCommands</name>
        <message>
            <source>Option {number}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選項 {number}</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增{name}</translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除{name}</translation>
        </message>
        <message>
            <source>Move {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>移動{name}</translation>
        </message>
        <message>
            <source>Change {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改{name}</translation>
        </message>
        <message>
            <source>Duplicate {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複製{name}</translation>
        </message>
    </context>
    <context>
        <name>FormDesigner</name>
        <message>
            <source>Key</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>鍵</translation>
        </message>
        <message>
            <source>Type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>型別</translation>
        </message>
        <message>
            <source>Label</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標題</translation>
        </message>
        <message>
            <source>Help</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>說明</translation>
        </message>
        <message>
            <source>Placeholder</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>佔位提示</translation>
        </message>
        <message>
            <source>Default</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預設值</translation>
        </message>
        <message>
            <source>Required</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>必填</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最小值</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最大值</translation>
        </message>
        <message>
            <source>Shortest</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最短長度</translation>
        </message>
        <message>
            <source>Longest</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最長長度</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>格式（正則）</translation>
        </message>
        <message>
            <source>Decimals</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>小數位數</translation>
        </message>
        <message>
            <source>Options</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選項</translation>
        </message>
        <message>
            <source>Formula</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>公式</translation>
        </message>
        <message>
            <source>Shown when</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示條件</translation>
        </message>
        <message>
            <source>Required when</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>必填條件</translation>
        </message>
        <message>
            <source>Most files</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案數上限</translation>
        </message>
        <message>
            <source>Width</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>寬度</translation>
        </message>
        <message>
            <source>Arrangement of the fields</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位排列</translation>
        </message>
        <message>
            <source>Field</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位</translation>
        </message>
        <message>
            <source>Layout</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>佈局</translation>
        </message>
        <message>
            <source>No form open</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未開啟表單</translation>
        </message>
        <message>
            <source>New submissions use this version; it never changes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新的提交使用此版本；此版本不會再改變</translation>
        </message>
        <message>
            <source>No new submissions use this version any more</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新的提交不再使用此版本</translation>
        </message>
        <message>
            <source>This form already has a draft; open it to edit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此表單已有草稿；開啟草稿進行編輯</translation>
        </message>
        <message>
            <source>The two versions have the same fields and layout.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>兩個版本的欄位與佈局相同。</translation>
        </message>
        <message>
            <source>A published version cannot be changed. New submissions use it; stored submissions keep the version they were made with.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>釋出後的版本不能再修改。新的提交使用該版本；已儲存的提交仍按提交時的版本顯示。</translation>
        </message>
        <message>
            <source>For example: 增加现场照片</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如：增加現場照片</translation>
        </message>
        <message>
            <source>Undo</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>撤銷</translation>
        </message>
        <message>
            <source>Redo</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重做</translation>
        </message>
        <message>
            <source>Delete field</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除欄位</translation>
        </message>
        <message>
            <source>Duplicate field</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複製欄位</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯出 JSON…</translation>
        </message>
        <message>
            <source>Import JSON…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入 JSON…</translation>
        </message>
        <message>
            <source>Design</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>設計</translation>
        </message>
        <message>
            <source>Preview</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預覽</translation>
        </message>
        <message>
            <source>Retire version</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用版本</translation>
        </message>
        <message>
            <source>Retire v{number} of {name}? New submissions can no longer use it until another version is published; stored submissions keep reading with it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用 {name} 的 v{number}？在釋出其他版本之前，新的提交將無法使用此表單；已儲存的提交仍按此版本顯示。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有未儲存的修改</translation>
        </message>
        <message>
            <source>The draft has changes that are not saved. Discard them?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>草稿有未儲存的修改。要放棄這些修改嗎？</translation>
        </message>
        <message>
            <source>Export form</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯出表單</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法寫入 {path}：{reason}</translation>
        </message>
        <message>
            <source>The open draft has changes that are not saved, and importing opens another. Discard them?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>當前草稿有未儲存的修改，匯入會開啟另一個草稿。要放棄這些修改嗎？</translation>
        </message>
        <message>
            <source>Import form</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入表單</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法讀取 {path}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>FormFieldTypes</name>
        <message>
            <source>Text</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單行文字</translation>
        </message>
        <message>
            <source>Multi-line text</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>多行文字</translation>
        </message>
        <message>
            <source>Number</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數字</translation>
        </message>
        <message>
            <source>Amount</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>金額</translation>
        </message>
        <message>
            <source>Date</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期時間</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單選</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>多選</translation>
        </message>
        <message>
            <source>Region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區</translation>
        </message>
        <message>
            <source>Customer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶</translation>
        </message>
        <message>
            <source>User</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>人員</translation>
        </message>
        <message>
            <source>Items and parts</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案與備件</translation>
        </message>
        <message>
            <source>Photos</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>照片</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>附件</translation>
        </message>
        <message>
            <source>Signature</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>簽名</translation>
        </message>
        <message>
            <source>Checkbox</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>勾選框</translation>
        </message>
        <message>
            <source>Computed</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>計算欄位</translation>
        </message>
        <message>
            <source>One line of text, with optional length and pattern.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>一行文字，可限制長度和格式。</translation>
        </message>
        <message>
            <source>Several lines of text: remarks, descriptions.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>多行文字：備註、描述等。</translation>
        </message>
        <message>
            <source>A number with optional minimum, maximum and decimals.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數字，可設最小值、最大值和小數位數。</translation>
        </message>
        <message>
            <source>An amount in yuan with two decimals, never rounded.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>以元為單位的金額，兩位小數，精確不捨入。</translation>
        </message>
        <message>
            <source>A calendar date.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>一個日期。</translation>
        </message>
        <message>
            <source>A date with a time of day.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期加具體時間。</translation>
        </message>
        <message>
            <source>One option from a list.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>從列表中選一項。</translation>
        </message>
        <message>
            <source>Any number of options from a list.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>從列表中選任意多項。</translation>
        </message>
        <message>
            <source>Province, city and district, chosen in turn.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>依次選擇省、市、區縣。</translation>
        </message>
        <message>
            <source>A customer from the customer list.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>從客戶列表中選擇一位客戶。</translation>
        </message>
        <message>
            <source>A user of this program.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>本系統的一位使用者。</translation>
        </message>
        <message>
            <source>Service items and spare parts with quantities; they become work-order lines.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務專案和備件及數量；會成為工單明細。</translation>
        </message>
        <message>
            <source>One or more photos, stored in the database.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>一張或多張照片，儲存在資料庫中。</translation>
        </message>
        <message>
            <source>Files such as PDFs, stored in the database.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>PDF 等檔案，儲存在資料庫中。</translation>
        </message>
        <message>
            <source>A signature drawn with the mouse or a pen.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>用滑鼠或手寫筆簽名。</translation>
        </message>
        <message>
            <source>Yes or no.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>是或否。</translation>
        </message>
        <message>
            <source>Calculated from other fields by a formula; nobody types it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>由公式根據其他欄位計算，無需填寫。</translation>
        </message>
    </context>
    <context>
        <name>FormIssuesPanel</name>
        <message>
            <source>No problems — ready to publish</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有問題 — 可以釋出</translation>
        </message>
        <message>
            <source>{count} warnings — can be published</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{count} 個警告 — 可以釋出</translation>
        </message>
        <message>
            <source>{count} problems</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{count} 個問題</translation>
        </message>
    </context>
    <context>
        <name>FormPreview</name>
        <message>
            <source>Check entries</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檢查填寫</translation>
        </message>
        <message>
            <source>Validate what you entered with the rules a submission must pass</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按提交時的規則檢查所填內容</translation>
        </message>
        <message>
            <source>Clear</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>清空</translation>
        </message>
        <message>
            <source>This is the form exactly as work orders will show it. Try it: rules and computed fields work as they will; nothing entered here is saved.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>這就是工單中顯示的表單。可以試填：顯示規則和計算欄位都會生效；這裡填寫的內容不會儲存。</translation>
        </message>
        <message>
            <source>The form has no fields yet: add some on the Design tab.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單還沒有欄位：請在“設計”頁新增。</translation>
        </message>
        <message>
            <source>The preview cannot be drawn yet: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>暫時無法預覽：{reason}</translation>
        </message>
        <message>
            <source>{count} fields need attention; each error is shown under its field.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{count} 個欄位需要修改；錯誤顯示在各欄位下方。</translation>
        </message>
        <message>
            <source>✓ These entries would be accepted.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>✓ 這些內容可以提交。</translation>
        </message>
    </context>
    <context>
        <name>FormProblemsModel</name>
        <message>
            <source>The form</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單</translation>
        </message>
        <message>
            <source>Error: blocks publishing</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>錯誤：不能釋出</translation>
        </message>
        <message>
            <source>Warning: does not block publishing</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>警告：不影響釋出</translation>
        </message>
        <message>
            <source>Field</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位</translation>
        </message>
        <message>
            <source>Problem</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>問題</translation>
        </message>
    </context>
    <context>
        <name>FormPropertiesPanel</name>
        <message>
            <source>This version is read-only. Start a new draft to change the form.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此版本只讀。如需修改表單，請新建草稿。</translation>
        </message>
        <message>
            <source>Field</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位</translation>
        </message>
        <message>
            <source>Ticked at first</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預設勾選</translation>
        </message>
        <message>
            <source>Whole row</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>整行</translation>
        </message>
        <message>
            <source>{count} of {total} columns</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{total} 列中佔 {count} 列</translation>
        </message>
        <message>
            <source>Key:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>鍵：</translation>
        </message>
        <message>
            <source>Label:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標題：</translation>
        </message>
        <message>
            <source>Help:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>說明：</translation>
        </message>
        <message>
            <source>Placeholder:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>佔位提示：</translation>
        </message>
        <message>
            <source>Default:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預設值：</translation>
        </message>
        <message>
            <source>Width:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>寬度：</translation>
        </message>
        <message>
            <source>Validation</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>校驗</translation>
        </message>
        <message>
            <source>Required</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>必填</translation>
        </message>
        <message>
            <source>None</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不限</translation>
        </message>
        <message>
            <source>Any</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不限</translation>
        </message>
        <message>
            <source> decimals</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation> 位小數</translation>
        </message>
        <message>
            <source>Up to {count}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最多 {count} 個</translation>
        </message>
        <message>
            <source>Minimum:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最小值：</translation>
        </message>
        <message>
            <source>Maximum:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最大值：</translation>
        </message>
        <message>
            <source>Shortest:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最短：</translation>
        </message>
        <message>
            <source>Longest:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最長：</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>格式：</translation>
        </message>
        <message>
            <source>Decimals:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>小數位數：</translation>
        </message>
        <message>
            <source>Most files:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案數上限：</translation>
        </message>
        <message>
            <source>Options</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選項</translation>
        </message>
        <message>
            <source>Add</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增</translation>
        </message>
        <message>
            <source>Remove</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Up</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>下移</translation>
        </message>
        <message>
            <source>Double-click an option to rename it. Stored data keeps the text.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>雙擊選項可重新命名。已儲存的資料保留原文字。</translation>
        </message>
        <message>
            <source>Formula</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>公式</translation>
        </message>
        <message>
            <source>Shown when</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示條件</translation>
        </message>
        <message>
            <source>Show this field when</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示此欄位的條件：</translation>
        </message>
        <message>
            <source>No comparison: the field is always shown.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有比較條件：欄位始終顯示。</translation>
        </message>
        <message>
            <source>Empty: the field is always shown.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>為空：欄位始終顯示。</translation>
        </message>
        <message>
            <source>The form has no field {names}; publishing will be refused until it does.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單中沒有欄位 {names}；在補上之前無法釋出。</translation>
        </message>
        <message>
            <source>Required when</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>必填條件</translation>
        </message>
        <message>
            <source>Require this field when</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此欄位必填的條件：</translation>
        </message>
        <message>
            <source>No comparison: only the Required box decides.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有比較條件：只按“必填”勾選決定。</translation>
        </message>
        <message>
            <source>Empty: only the Required box decides.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>為空：只按“必填”勾選決定。</translation>
        </message>
        <message>
            <source>Select a field on the canvas to edit it. Drag fields from the palette; drop them between rows for a new row or beside a field to share its row.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>在畫布上選中欄位即可編輯。從欄位面板拖入欄位：放在兩行之間會新起一行，放在某個欄位旁邊則與它同行。</translation>
        </message>
        <message>
            <source>Form</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單</translation>
        </message>
        <message>
            <source>{fields} fields in {rows} rows.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>共 {fields} 個欄位，{rows} 行。</translation>
        </message>
        <message>
            <source>No pattern: any text of the allowed length.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未設格式：允許長度內的任何文字。</translation>
        </message>
        <message>
            <source>The pattern is not valid: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>格式無效：{reason}</translation>
        </message>
        <message>
            <source>✓ The pattern is valid.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>✓ 格式有效。</translation>
        </message>
        <message>
            <source>Fields it may use: {names}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>可使用的欄位：{names}</translation>
        </message>
        <message>
            <source>No other fields yet.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>還沒有其他欄位。</translation>
        </message>
        <message>
            <source>Write a formula over the other fields.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請用其他欄位寫一個公式。</translation>
        </message>
        <message>
            <source>The form has no field {names}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單中沒有欄位 {names}。</translation>
        </message>
        <message>
            <source>✓ The formula is valid.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>✓ 公式有效。</translation>
        </message>
        <message>
            <source>A key starts with a letter and has only letters, digits and '_' (at most {limit}).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>鍵以字母開頭，只能包含字母、數字和“_”（最多 {limit} 個字元）。</translation>
        </message>
        <message>
            <source>Another field already has the key {key}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已有其他欄位使用鍵 {key}。</translation>
        </message>
        <message>
            <source>Option {number}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選項 {number}</translation>
        </message>
    </context>
    <context>
        <name>FormRenderer</name>
        <message>
            <source>Fill in</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>填寫</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>（請選擇）</translation>
        </message>
        <message>
            <source>Yes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>是</translation>
        </message>
        <message>
            <source>Computed: {formula}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>自動計算：{formula}</translation>
        </message>
        <message>
            <source>Computed from other fields</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>由其他欄位自動計算</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>New form…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建表單…</translation>
        </message>
        <message>
            <source>Import JSON…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入 JSON…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Forms</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單設計</translation>
        </message>
        <message>
            <source>Design the forms workflow steps collect (勘察表, 报价单, 完工确认 …): drag fields from the palette, arrange them in rows, set their rules and try them in the preview. Publish a draft to use it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>設計流程各步驟要填寫的表單（勘察表、報價單、完工確認……）：從欄位面板拖入欄位，按行排列，設定規則，並在預覽中試填。草稿釋出後即可使用。</translation>
        </message>
        <message>
            <source>No forms yet — create one or import a form export</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>還沒有表單 — 新建一個或匯入匯出的表單</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Key</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>鍵</translation>
        </message>
        <message>
            <source>Published</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已釋出</translation>
        </message>
        <message>
            <source>Draft</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>草稿</translation>
        </message>
        <message>
            <source>v{number} draft</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>v{number} 草稿</translation>
        </message>
        <message>
            <source>{count} forms</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{count} 個表單</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有未儲存的修改</translation>
        </message>
        <message>
            <source>The draft of {name} has changes that are not saved. Discard them?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name} 的草稿有未儲存的修改。要放棄這些修改嗎？</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Price history</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>價格歷史</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>Old price</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>原價格</translation>
        </message>
        <message>
            <source>New price</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新價格</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改人</translation>
        </message>
        <message>
            <source>Changed at</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改時間</translation>
        </message>
        <message>
            <source>This cell has never had a price.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該單元格從未設定過價格。</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Signed in as {roles}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>當前身份：{roles}。</translation>
        </message>
        <message>
            <source>Company</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>公司</translation>
        </message>
        <message>
            <source>Database</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>資料庫</translation>
        </message>
        <message>
            <source>User accounts</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者賬號</translation>
        </message>
        <message>
            <source>Recent activity</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最近動態</translation>
        </message>
        <message>
            <source>Time</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>時間</translation>
        </message>
        <message>
            <source>User</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Action</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>操作</translation>
        </message>
        <message>
            <source>Subject</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>物件</translation>
        </message>
        <message>
            <source>Nothing has happened yet.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>還沒有任何動態。</translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>您好，{name}</translation>
        </message>
        <message>
            <source>Not set yet — enter the company details under File → Settings.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>尚未設定——請在“檔案 → 設定”中填寫公司資訊。</translation>
        </message>
        <message>
            <source>{active} active of {total}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{active} 個啟用 / 共 {total} 個</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>BPMN imported</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>BPMN 已匯入</translation>
        </message>
        <message>
            <source>Imported as draft v{version} of {key}: {nodes} nodes, {edges} connections.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已匯入為 {key} 的草稿 v{version}：{nodes} 個節點，{edges} 條連線。</translation>
        </message>
        <message>
            <source>Check these points before publishing; conditions in other languages must be rewritten (they are listed as problems):</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>釋出前請檢查以下幾點；其他語言寫的條件必須重寫（它們已列為問題）：</translation>
        </message>
        <message>
            <source>Everything in the file was understood.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案中的內容全部已識別。</translation>
        </message>
    </context>
    <context>
        <name>InstallerDialog</name>
        <message>
            <source>New installer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建安裝師傅</translation>
        </message>
        <message>
            <source>Installer {code} {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>安裝師傅 {code} {name}</translation>
        </message>
        <message>
            <source>Edit {code} {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯 {code} {name}</translation>
        </message>
        <message>
            <source>e.g. GZ-HT-09 (letters, digits, - _ .)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如 GZ-HT-09（字母、數字、- _ .）</translation>
        </message>
        <message>
            <source>18 characters; the last may be X</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>18 位，最後一位可以是 X</translation>
        </message>
        <message>
            <source>(no sign-in account)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>（無登入賬號）</translation>
        </message>
        <message>
            <source>{account} — linked to {installer}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{account} — 已關聯 {installer}</translation>
        </message>
        <message>
            <source>Code:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Service provider:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>電話：</translation>
        </message>
        <message>
            <source>ID number:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>身份證號：</translation>
        </message>
        <message>
            <source>Leave empty when the installer works wherever the provider does; otherwise the regions must lie inside the provider's.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>留空表示在服務商覆蓋的全部地區工作；否則所選地區必須在服務商的覆蓋地區之內。</translation>
        </message>
        <message>
            <source>Works in:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工作地區：</translation>
        </message>
        <message>
            <source>Sign-in account:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>登入賬號：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備註：</translation>
        </message>
        <message>
            <source>Payment and tax</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>收款與納稅</translation>
        </message>
        <message>
            <source>Bank:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開戶銀行：</translation>
        </message>
        <message>
            <source>Account number:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>賬號：</translation>
        </message>
        <message>
            <source>Tax:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>納稅方式：</translation>
        </message>
        <message>
            <source>The ID number and the account number are hidden. Leave them to keep them, or type the full new number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>身份證號和銀行賬號已隱藏。不修改則保留原號碼，或輸入完整的新號碼。</translation>
        </message>
        <message>
            <source>Choose the service provider the installer works for.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇該安裝師傅所屬的服務商。</translation>
        </message>
    </context>
    <context>
        <name>InstallerEarningsPage</name>
        <message>
            <source>Installer earnings</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>師傅收益</translation>
        </message>
        <message>
            <source>What each installer earns in a month: live previews of open work orders, figures frozen at completion and waiting for a statement, and settled ones. Pick an installer, or a row of the month's totals.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>每位師傅一個月的收益：未完工工單的實時預覽、完工時凍結待結算的金額、已結算的金額。選擇師傅，或點選左側的月度彙總。</translation>
        </message>
        <message>
            <source>My earnings</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>我的收益</translation>
        </message>
        <message>
            <source>What you earn this month, day by day: previews of open work orders change until they are completed; frozen figures are fixed and wait for the next statement; settled ones are paid.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>你本月每天的收益：未完工工單的預覽在完工前會變化；已凍結的金額不再變化，等待下一次結算；已結算的已經支付。</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>上個月</translation>
        </message>
        <message>
            <source>Next month</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>下個月</translation>
        </message>
        <message>
            <source>This month</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>本月</translation>
        </message>
        <message>
            <source>Choose an installer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇師傅</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Month:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>月份：</translation>
        </message>
        <message>
            <source>Installer:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>師傅：</translation>
        </message>
        <message>
            <source>Preview</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預覽</translation>
        </message>
        <message>
            <source>Open work orders; changes until completed</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未完工工單，完工前會變化</translation>
        </message>
        <message>
            <source>Frozen</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已凍結</translation>
        </message>
        <message>
            <source>Completed, waiting for a statement</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已完工，等待結算</translation>
        </message>
        <message>
            <source>Settled</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已結算</translation>
        </message>
        <message>
            <source>On an issued statement</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已列入結算單</translation>
        </message>
        <message>
            <source>Month total</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>本月合計</translation>
        </message>
        <message>
            <source>Preview + frozen + settled</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預覽 + 已凍結 + 已結算</translation>
        </message>
        <message>
            <source>Day</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單數</translation>
        </message>
        <message>
            <source>Total</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>合計</translation>
        </message>
        <message>
            <source>Work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單號</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Installer's share</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>師傅所得</translation>
        </message>
        <message>
            <source>My share</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>我的收益</translation>
        </message>
        <message>
            <source>Earnings</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>收益狀態</translation>
        </message>
        <message>
            <source>By day</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按日</translation>
        </message>
        <message>
            <source>Work orders of the month (double-click to open)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>本月工單（雙擊開啟）</translation>
        </message>
        <message>
            <source>Installer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>師傅</translation>
        </message>
        <message>
            <source>Provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商</translation>
        </message>
        <message>
            <source>Every installer in the month (completed work)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>本月各師傅（已完工）</translation>
        </message>
        <message>
            <source>Loading earnings…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在載入收益…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在載入…</translation>
        </message>
        <message>
            <source>Ask an administrator to link your sign-in account to your installer record on the Installers page.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請管理員在“安裝師傅”頁把你的登入賬號關聯到你的師傅檔案。</translation>
        </message>
        <message>
            <source>There are no installers yet: add them on the Installers page.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>還沒有師傅：請在“安裝師傅”頁新增。</translation>
        </message>
        <message>
            <source>Choose an installer to see their month.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇師傅，檢視其本月收益。</translation>
        </message>
        <message>
            <source>{count} installers earned {total} in {month} (frozen and settled).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{month} 共 {count} 位師傅，收益 {total}（已凍結及已結算）。</translation>
        </message>
        <message>
            <source>No work was completed in {month}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{month} 沒有完工的工單。</translation>
        </message>
        <message>
            <source>{name} ({code}) · {provider}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name}（{code}）· {provider}</translation>
        </message>
        <message>
            <source>{count} open work orders cannot be priced completely yet; their preview leaves out the lines without a price.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有 {count} 個未完工工單尚不能完整計價；預覽未計入沒有價格的專案。</translation>
        </message>
        <message>
            <source>No earnings in {month} yet. Work orders you are on show here once they are planned.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{month} 還沒有收益。安排了計劃日期的工單會顯示在這裡。</translation>
        </message>
    </context>
    <context>
        <name>InstallersPage</name>
        <message>
            <source>We withhold tax</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>代扣個稅</translation>
        </message>
        <message>
            <source>Self-invoicing</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>自行開票納稅</translation>
        </message>
        <message>
            <source>Search code, name, phone, provider or sign-in account</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>搜尋編碼、姓名、電話、服務商或登入賬號</translation>
        </message>
        <message>
            <source>Working in region, e.g. 天河区</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工作地區，例如 天河區</translation>
        </message>
        <message>
            <source>Installers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>安裝師傅</translation>
        </message>
        <message>
            <source>The installers of each service provider, where they work, how they are paid and taxed, and the sign-in account that shows them their own work orders and earnings.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>各服務商的安裝師傅：工作地區、收款與納稅方式，以及用於檢視本人工單和收入的登入賬號。</translation>
        </message>
        <message>
            <source>Code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Service provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商</translation>
        </message>
        <message>
            <source>Works in</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工作地區</translation>
        </message>
        <message>
            <source>Phone</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>電話</translation>
        </message>
        <message>
            <source>ID number</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>身份證號</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銀行賬號</translation>
        </message>
        <message>
            <source>Tax</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>納稅方式</translation>
        </message>
        <message>
            <source>Sign-in account</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>登入賬號</translation>
        </message>
        <message>
            <source>Wherever the provider works:
{regions}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>與服務商覆蓋地區相同：
{regions}</translation>
        </message>
        <message>
            <source>New installer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建安裝師傅</translation>
        </message>
        <message>
            <source>All providers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部服務商</translation>
        </message>
        <message>
            <source>Installers: {count}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>安裝師傅：{count}</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} installers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示 {shown} / {total} 位安裝師傅</translation>
        </message>
    </context>
    <context>
        <name>IssuesPanel</name>
        <message>
            <source>No problems — ready to publish</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有問題 — 可以釋出</translation>
        </message>
        <message>
            <source>{count} warnings — can be published</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{count} 個警告 — 可以釋出</translation>
        </message>
        <message>
            <source>{count} problems</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{count} 個問題</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>New service item</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建專案</translation>
        </message>
        <message>
            <source>New spare part</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建備件</translation>
        </message>
        <message>
            <source>Catalog row {code}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>目錄條目 {code}</translation>
        </message>
        <message>
            <source>Edit {code} {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯 {code} {name}</translation>
        </message>
        <message>
            <source>e.g. S-AC-WALL-1 (letters, digits, - _ .)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如 S-AC-WALL-1（字母、數字、- _ .）</translation>
        </message>
        <message>
            <source>e.g. 台, 套, 米</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如 臺、套、米</translation>
        </message>
        <message>
            <source>Short description of the work</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務內容簡述</translation>
        </message>
        <message>
            <source>Brand, model or specification</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>品牌、型號或規格</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>（無分類）</translation>
        </message>
        <message>
            <source>1 = simple, 5 = most demanding; tier rules can depend on it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>1 = 簡單，5 = 難度最高；檔位規則可按複雜度區分。</translation>
        </message>
        <message>
            <source>Empty: national catalog. Or a region, e.g. 广州市</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>留空為全國目錄，或填寫區域，例如 廣州市</translation>
        </message>
        <message>
            <source>Code:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單位：</translation>
        </message>
        <message>
            <source>Specification:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規格/說明：</translation>
        </message>
        <message>
            <source>Category:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分類：</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度：</translation>
        </message>
        <message>
            <source>Owner region:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>所屬區域：</translation>
        </message>
        <message>
            <source>Leave empty for a national row; name a region for a row only that region uses.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>留空表示全國通用；填寫區域則僅該區域使用。</translation>
        </message>
        <message>
            <source>Branch rows belong to one of your regions: {regions}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分公司條目須屬於您負責的區域之一：{regions}。</translation>
        </message>
        <message>
            <source>“{text}” is not one region. Pick one from the list or type its six-digit code.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”不是唯一的區域，請從列表中選擇或輸入六位區劃程式碼。</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Administrator</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>管理員</translation>
        </message>
        <message>
            <source>Pricing manager</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>定價經理</translation>
        </message>
        <message>
            <source>Branch editor</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分公司編輯</translation>
        </message>
        <message>
            <source>Dispatcher</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>排程員</translation>
        </message>
        <message>
            <source>Finance</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>財務</translation>
        </message>
        <message>
            <source>Installer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>安裝師傅</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>登入</translation>
        </message>
        <message>
            <source>Failed sign-in</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>登入失敗</translation>
        </message>
        <message>
            <source>Created user</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>建立使用者</translation>
        </message>
        <message>
            <source>Created the first administrator</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>建立首個管理員</translation>
        </message>
        <message>
            <source>Changed user</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改使用者</translation>
        </message>
        <message>
            <source>Enabled user</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用使用者</translation>
        </message>
        <message>
            <source>Disabled user</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用使用者</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重置密碼</translation>
        </message>
        <message>
            <source>Changed own password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改本人密碼</translation>
        </message>
        <message>
            <source>Changed company details</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改公司資訊</translation>
        </message>
        <message>
            <source>Created region group</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建地區分組</translation>
        </message>
        <message>
            <source>Changed region group</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改地區分組</translation>
        </message>
        <message>
            <source>Deleted region group</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除地區分組</translation>
        </message>
        <message>
            <source>Created catalog category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建目錄分類</translation>
        </message>
        <message>
            <source>Renamed catalog category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改目錄分類</translation>
        </message>
        <message>
            <source>Moved catalog category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>移動目錄分類</translation>
        </message>
        <message>
            <source>Deleted catalog category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除目錄分類</translation>
        </message>
        <message>
            <source>Created catalog item</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建目錄條目</translation>
        </message>
        <message>
            <source>Changed catalog item</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改目錄條目</translation>
        </message>
        <message>
            <source>Activated catalog item</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用目錄條目</translation>
        </message>
        <message>
            <source>Deactivated catalog item</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用目錄條目</translation>
        </message>
        <message>
            <source>Loaded demo catalog items</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>載入演示目錄條目</translation>
        </message>
        <message>
            <source>Created service package</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建服務包</translation>
        </message>
        <message>
            <source>Changed service package</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改服務包</translation>
        </message>
        <message>
            <source>Activated service package</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用服務包</translation>
        </message>
        <message>
            <source>Deactivated service package</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用服務包</translation>
        </message>
        <message>
            <source>Created customer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建客戶</translation>
        </message>
        <message>
            <source>Changed customer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改客戶</translation>
        </message>
        <message>
            <source>Imported customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入客戶</translation>
        </message>
        <message>
            <source>Reassigned customer owners</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新分配客戶負責人</translation>
        </message>
        <message>
            <source>Loaded demo customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>載入演示客戶</translation>
        </message>
        <message>
            <source>Created owner rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建歸屬規則</translation>
        </message>
        <message>
            <source>Changed owner rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改歸屬規則</translation>
        </message>
        <message>
            <source>Activated owner rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用歸屬規則</translation>
        </message>
        <message>
            <source>Deactivated owner rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用歸屬規則</translation>
        </message>
        <message>
            <source>Created price tier</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建檔位</translation>
        </message>
        <message>
            <source>Renamed price tier</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新命名檔位</translation>
        </message>
        <message>
            <source>Reordered price tiers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>調整檔位順序</translation>
        </message>
        <message>
            <source>Saved prices</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存價格</translation>
        </message>
        <message>
            <source>Created tier rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建檔位規則</translation>
        </message>
        <message>
            <source>Changed tier rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改檔位規則</translation>
        </message>
        <message>
            <source>Activated tier rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用檔位規則</translation>
        </message>
        <message>
            <source>Deactivated tier rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用檔位規則</translation>
        </message>
        <message>
            <source>Created provider type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建服務商型別</translation>
        </message>
        <message>
            <source>Renamed provider type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新命名服務商型別</translation>
        </message>
        <message>
            <source>Reordered provider types</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>調整服務商型別順序</translation>
        </message>
        <message>
            <source>Activated provider type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用服務商型別</translation>
        </message>
        <message>
            <source>Deactivated provider type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用服務商型別</translation>
        </message>
        <message>
            <source>Created service provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建服務商</translation>
        </message>
        <message>
            <source>Changed service provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改服務商</translation>
        </message>
        <message>
            <source>Activated service provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用服務商</translation>
        </message>
        <message>
            <source>Deactivated service provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用服務商</translation>
        </message>
        <message>
            <source>Loaded demo providers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>載入演示服務商</translation>
        </message>
        <message>
            <source>Created installer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建安裝師傅</translation>
        </message>
        <message>
            <source>Changed installer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改安裝師傅</translation>
        </message>
        <message>
            <source>Activated installer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用安裝師傅</translation>
        </message>
        <message>
            <source>Deactivated installer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用安裝師傅</translation>
        </message>
        <message>
            <source>Created work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建工單</translation>
        </message>
        <message>
            <source>Changed work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改工單</translation>
        </message>
        <message>
            <source>Put work order back to draft</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單退回草稿</translation>
        </message>
        <message>
            <source>Assigned work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單派單</translation>
        </message>
        <message>
            <source>Started work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單開工</translation>
        </message>
        <message>
            <source>Cancelled work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>取消工單</translation>
        </message>
        <message>
            <source>Completed work order (earnings frozen)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單完工（收益凍結）</translation>
        </message>
        <message>
            <source>Reopened work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新開啟工單</translation>
        </message>
        <message>
            <source>User</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Company</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>公司</translation>
        </message>
        <message>
            <source>Region group</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區分組</translation>
        </message>
        <message>
            <source>Catalog category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>目錄分類</translation>
        </message>
        <message>
            <source>Catalog item</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>目錄條目</translation>
        </message>
        <message>
            <source>Service package</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務包</translation>
        </message>
        <message>
            <source>Customer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Owner rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>歸屬規則</translation>
        </message>
        <message>
            <source>Price tier</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位</translation>
        </message>
        <message>
            <source>Price book</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>價格本</translation>
        </message>
        <message>
            <source>Tier rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位規則</translation>
        </message>
        <message>
            <source>Provider type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別</translation>
        </message>
        <message>
            <source>Service provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商</translation>
        </message>
        <message>
            <source>Work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單</translation>
        </message>
        <message>
            <source>User name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者名稱</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>角色</translation>
        </message>
        <message>
            <source>Regions</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>負責地區</translation>
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>須修改密碼</translation>
        </message>
        <message>
            <source>Record name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>統一社會信用程式碼</translation>
        </message>
        <message>
            <source>Address</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>電話</translation>
        </message>
        <message>
            <source>Branch code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分支程式碼</translation>
        </message>
        <message>
            <source>Logo</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標誌</translation>
        </message>
        <message>
            <source>Kind</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>類別</translation>
        </message>
        <message>
            <source>Description</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>說明</translation>
        </message>
        <message>
            <source>Member regions</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>成員地區</translation>
        </message>
        <message>
            <source>Code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Unit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單位</translation>
        </message>
        <message>
            <source>Specification</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規格/說明</translation>
        </message>
        <message>
            <source>Category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分類</translation>
        </message>
        <message>
            <source>Parent category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>上級分類</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度</translation>
        </message>
        <message>
            <source>Owner region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>所屬區域</translation>
        </message>
        <message>
            <source>Lines</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>明細</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全國</translation>
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <source>Code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Kind</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>型別</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數量</translation>
        </message>
        <message>
            <source>Unit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單位</translation>
        </message>
        <message>
            <source>From package</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>來自服務包</translation>
        </message>
        <message>
            <source>Type a code or name and pick a service item or part</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>輸入編碼或名稱，選擇服務專案或備件</translation>
        </message>
        <message>
            <source>Add line</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>移除所選行</translation>
        </message>
        <message>
            <source>Add from package</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>從服務包新增</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數量：</translation>
        </message>
        <message>
            <source>Double-click a quantity to change it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>雙擊數量可修改。</translation>
        </message>
        <message>
            <source>Pick a service item or part from the list.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請從列表中選擇服務專案或備件。</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in — SCRM Desktop</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>登入 — SCRM Desktop</translation>
        </message>
        <message>
            <source>SCRM Desktop</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>SCRM Desktop 服務管理</translation>
        </message>
        <message>
            <source>User name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者名稱</translation>
        </message>
        <message>
            <source>Password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>密碼</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>登入</translation>
        </message>
        <message>
            <source>Database settings…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>資料庫設定…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Overview</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>概覽</translation>
        </message>
        <message>
            <source>Service items</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案庫</translation>
        </message>
        <message>
            <source>Spare parts</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備件庫</translation>
        </message>
        <message>
            <source>Service packages</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務包</translation>
        </message>
        <message>
            <source>Price tiers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>價格檔位</translation>
        </message>
        <message>
            <source>Tier rules</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位規則</translation>
        </message>
        <message>
            <source>Customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Service providers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商</translation>
        </message>
        <message>
            <source>Installers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>安裝師傅</translation>
        </message>
        <message>
            <source>Region dashboard</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>區域看板</translation>
        </message>
        <message>
            <source>Owner rules</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>歸屬規則</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單</translation>
        </message>
        <message>
            <source>Installer earnings</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>師傅收益</translation>
        </message>
        <message>
            <source>Statements</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程設計</translation>
        </message>
        <message>
            <source>Forms</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單設計</translation>
        </message>
        <message>
            <source>Workflow rules</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程適用規則</translation>
        </message>
        <message>
            <source>Regions</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區</translation>
        </message>
        <message>
            <source>Users</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者管理</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>審計日誌</translation>
        </message>
        <message>
            <source>SCRM Desktop</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>SCRM Desktop 服務管理</translation>
        </message>
        <message>
            <source>Signed in: {name} ({roles})</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>當前使用者：{name}（{roles}）</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改密碼(&amp;P)…</translation>
        </message>
        <message>
            <source>Work &amp;calendar…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工作日曆(&amp;C)…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>退出登入(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>幫助(&amp;H)</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開啟日誌資料夾(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;About SCRM Desktop</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>關於 SCRM Desktop(&amp;A)</translation>
        </message>
        <message>
            <source>About SCRM Desktop</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>關於 SCRM Desktop</translation>
        </message>
        <message>
            <source>SCRM Desktop {version}
Service projects, settlement prices, installer earnings, workflows and statements.
Database: {database}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>SCRM Desktop {version}
服務專案、結算價、師傅收入、業務流程與結算單。
資料庫：{database}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有未儲存的修改</translation>
        </message>
        <message>
            <source>Some pages have changes that are not saved. Leave anyway and lose them?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有頁面的修改尚未儲存。仍要離開並放棄這些修改嗎？</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>對應列</translation>
        </message>
        <message>
            <source>Say which column of the file holds which customer field. The choices are guessed from the column names; fields without a column stay empty.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>指定檔案中哪一列對應客戶的哪個欄位。已根據列名自動推測；未指定列的欄位留空。</translation>
        </message>
        <message>
            <source>{field} (required):</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{field}（必填）：</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{field}：</translation>
        </message>
        <message>
            <source>The first rows of the file:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案的前幾行：</translation>
        </message>
        <message>
            <source>{letter}: {header}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{letter}：{header}</translation>
        </message>
        <message>
            <source>— not in the file —</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>— 檔案中沒有 —</translation>
        </message>
        <message>
            <source>Column {letter}: {header}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {letter} 列：{header}</translation>
        </message>
        <message>
            <source>Choose the column that holds the customer name.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇客戶姓名所在的列。</translation>
        </message>
        <message>
            <source>Column {column} is chosen for both {first} and {second}. A column can fill one field only.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {column} 列同時對應了“{first}”和“{second}”。每列只能對應一個欄位。</translation>
        </message>
    </context>
    <context>
        <name>MiniMap</name>
        <message>
            <source>Click or drag to move the view</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單擊或拖動以移動檢視</translation>
        </message>
    </context>
    <context>
        <name>NewFormDialog</name>
        <message>
            <source>New form</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建表單</translation>
        </message>
        <message>
            <source>e.g. 现场勘察表</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如：現場勘察表</translation>
        </message>
        <message>
            <source>Key:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>鍵：</translation>
        </message>
        <message>
            <source>Letters, digits, '-' and '_', starting with a letter. It never changes.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>可用字母、數字、“-”和“_”，以字母開頭。建立後不能修改。</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Description:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>描述：</translation>
        </message>
        <message>
            <source>Create form</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>建立表單</translation>
        </message>
        <message>
            <source>The new form starts as an empty draft; add its fields next.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新表單是一個空草稿；接下來新增欄位。</translation>
        </message>
    </context>
    <context>
        <name>NewWorkflowDialog</name>
        <message>
            <source>New workflow</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建流程</translation>
        </message>
        <message>
            <source>e.g. 标准安装流程</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如：標準安裝流程</translation>
        </message>
        <message>
            <source>Key:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>鍵：</translation>
        </message>
        <message>
            <source>Letters, digits, '-' and '_', starting with a letter. It never changes.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>字母、數字、“-”和“_”，以字母開頭。建立後不能修改。</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Description:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>說明：</translation>
        </message>
        <message>
            <source>Create workflow</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>建立流程</translation>
        </message>
        <message>
            <source>The new workflow starts as a draft with a start joined to an end; design it next.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新流程是一個只有“開始”連到“結束”的草稿，接下來請設計它。</translation>
        </message>
    </context>
    <context>
        <name>NodeDataForm</name>
        <message>
            <source>{label} *:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label} *：</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：</translation>
        </message>
        <message>
            <source>On</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期</translation>
        </message>
        <message>
            <source>Yes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>是</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>（請選擇）</translation>
        </message>
    </context>
    <context>
        <name>OutputsModel</name>
        <message>
            <source>Only for the type Choice: the choices, separated by commas</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>僅用於“選項”型別：各選項，用逗號分隔</translation>
        </message>
        <message>
            <source>Key</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>鍵</translation>
        </message>
        <message>
            <source>Label</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>型別</translation>
        </message>
        <message>
            <source>Required</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>必填</translation>
        </message>
        <message>
            <source>Options</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選項</translation>
        </message>
    </context>
    <context>
        <name>OwnerRuleDialog</name>
        <message>
            <source>New owner rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建歸屬規則</translation>
        </message>
        <message>
            <source>Edit owner rule {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯歸屬規則 {name}</translation>
        </message>
        <message>
            <source>e.g. 广州市 → 李广州</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如：廣州市 → 李廣州</translation>
        </message>
        <message>
            <source>The whole country</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全國</translation>
        </message>
        <message>
            <source>A region and everything inside it:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>某個地區及其下轄全部地區：</translation>
        </message>
        <message>
            <source>The regions of a region group:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>某個區域分組內的地區：</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>A user:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者：</translation>
        </message>
        <message>
            <source>A pool:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶池：</translation>
        </message>
        <message>
            <source>Customers in a pool have no owner yet; anyone may take them.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶池中的客戶還沒有負責人，任何人都可以認領。</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Applies to:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>適用範圍：</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有效期：</translation>
        </message>
        <message>
            <source>A more specific region always wins. Priority only decides between rules that are equally specific: the higher number wins.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區更具體的規則總是優先。優先順序只在同樣具體的規則之間起作用：數字大的勝出。</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>優先順序：</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>負責人：</translation>
        </message>
        <message>
            <source>Create rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>建立規則</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存</translation>
        </message>
        <message>
            <source>Saving a rule changes no customer. New customers get their owner from the rules; existing ones move only when you re-assign them.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存規則不會改變任何客戶。新客戶按規則自動分配負責人；已有客戶只有在您執行“重新分配”時才會變動。</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請從列表中選擇地區，或輸入六位地區程式碼。</translation>
        </message>
    </context>
    <context>
        <name>OwnerRulesPage</name>
        <message>
            <source>Owner rules</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>歸屬規則</translation>
        </message>
        <message>
            <source>Which user or pool owns the customers of a region. The most specific matching rule wins; new customers get their owner at once, existing ones only when you re-assign them.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規定某個地區的客戶歸哪位使用者或哪個客戶池負責。匹配的規則中地區最具體的勝出；新客戶立即按規則分配，已有客戶只在重新分配時變動。</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>適用範圍</translation>
        </message>
        <message>
            <source>Valid</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有效期</translation>
        </message>
        <message>
            <source>Priority</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>優先順序</translation>
        </message>
        <message>
            <source>Owner</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>負責人</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用</translation>
        </message>
        <message>
            <source>New rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建規則</translation>
        </message>
        <message>
            <source>Edit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用</translation>
        </message>
        <message>
            <source>Re-assign customers…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新分配客戶…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Test a region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>測試地區</translation>
        </message>
        <message>
            <source>Explain</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檢視結果</translation>
        </message>
        <message>
            <source>A customer in:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶所在地區：</translation>
        </message>
        <message>
            <source>on:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Choose a region (empty: a customer without a region) and a date to see which rule gives the owner.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇地區（留空表示沒有地區的客戶）和日期，檢視由哪條規則決定負責人。</translation>
        </message>
        <message>
            <source>Region group {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>區域分組 {name}</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全國</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>From {start}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>自 {start} 起</translation>
        </message>
        <message>
            <source>Until {end}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>至 {end} 止</translation>
        </message>
        <message>
            <source>Always</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>長期有效</translation>
        </message>
        <message>
            <source>{pool} (pool)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{pool}（客戶池）</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未分配</translation>
        </message>
        <message>
            <source>Rules: {count} ({active} active)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則：{count} 條（啟用 {active} 條）</translation>
        </message>
        <message>
            <source>Activate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Rule “{name}” was saved. Existing customers keep their owners until you re-assign them.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則“{name}”已儲存。已有客戶的負責人保持不變，直到您重新分配。</translation>
        </message>
        <message>
            <source>Deactivate rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用規則</translation>
        </message>
        <message>
            <source>Deactivate the rule “{name}”? New customers no longer get their owner from it; existing customers keep their owners until you re-assign them.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用規則“{name}”嗎？新客戶將不再按此規則分配負責人；已有客戶的負責人保持不變，直到您重新分配。</translation>
        </message>
        <message>
            <source>Rule “{name}” is active again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則“{name}”已重新啟用。</translation>
        </message>
        <message>
            <source>Rule “{name}” was deactivated.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則“{name}”已停用。</translation>
        </message>
        <message>
            <source>Working out who would move…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在計算哪些客戶會變動…</translation>
        </message>
        <message>
            <source>{reason}

Show a new preview?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{reason}

要重新預覽嗎？</translation>
        </message>
        <message>
            <source>Re-assign customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新分配客戶</translation>
        </message>
        <message>
            <source>Re-assigning customers…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在重新分配客戶…</translation>
        </message>
        <message>
            <source>{moved} customers were re-assigned.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已重新分配 {moved} 位客戶。</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請從列表中選擇地區，或輸入六位地區程式碼。</translation>
        </message>
        <message>
            <source>A customer in {region} on {date} is owned by {owner}, through the rule “{rule}”.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{date} 在 {region} 的客戶由 {owner} 負責（規則“{rule}”）。</translation>
        </message>
        <message>
            <source>No rule matches a customer in {region} on {date}: such a customer gets no owner.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{date} 沒有規則匹配 {region} 的客戶：這樣的客戶不會分配負責人。</translation>
        </message>
        <message>
            <source>A customer without a region on {date} is owned by {owner}, through the rule “{rule}”.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{date} 沒有地區的客戶由 {owner} 負責（規則“{rule}”）。</translation>
        </message>
        <message>
            <source>No rule matches a customer without a region on {date}: such a customer gets no owner.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{date} 沒有規則匹配沒有地區的客戶：這樣的客戶不會分配負責人。</translation>
        </message>
    </context>
    <context>
        <name>PartyDialog</name>
        <message>
            <source>Bank and branch, e.g. 中国工商银行广州天河支行</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開戶銀行及支行，例如 中國工商銀行廣州天河支行</translation>
        </message>
    </context>
    <context>
        <name>PartyListPage</name>
        <message>
            <source>Show inactive</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示已停用</translation>
        </message>
        <message>
            <source>Edit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已停用</translation>
        </message>
        <message>
            <source>View</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檢視</translation>
        </message>
        <message>
            <source>Activate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Saved {code} {name}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已儲存 {code} {name}。</translation>
        </message>
        <message>
            <source>{code} is active again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{code} 已重新啟用。</translation>
        </message>
        <message>
            <source>{code} was deactivated.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{code} 已停用。</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Mark as paid</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標記已付款</translation>
        </message>
        <message>
            <source>Bank transfer number or voucher number</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銀行轉賬流水號或憑證號</translation>
        </message>
        <message>
            <source>Paid on:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>付款日期：</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>付款憑證號：</translation>
        </message>
        <message>
            <source>Record that statement {number} was paid: {net}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>登記結算單 {number} 已付款：{net}。</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the rows</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檢查資料</translation>
        </message>
        <message>
            <source>What the import will do with each row of the file. Nothing is written until you click Import; then all rows are written together, or none.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入將如何處理檔案中的每一行。點選匯入前不會寫入任何資料；匯入時所有行一起寫入，要麼全部成功，要麼全部不寫入。</translation>
        </message>
        <message>
            <source>Row</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>行號</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>電話</translation>
        </message>
        <message>
            <source>Service address</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務地址</translation>
        </message>
        <message>
            <source>Region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區</translation>
        </message>
        <message>
            <source>Problem</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>問題</translation>
        </message>
        <message>
            <source>Click to choose…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>點選選擇…</translation>
        </message>
        <message>
            <source>Only rows with problems</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只看有問題的行</translation>
        </message>
        <message>
            <source>Leave out duplicates (their phone numbers are already known)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不匯入重複行（電話號碼已存在）</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新讀取檔案</translation>
        </message>
        <message>
            <source>{n} rows have errors. Correct them in the file, save it and click Read the file again; nothing is imported while a row has an error.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{n} 行有錯誤。請在檔案中修正並儲存，然後點選“重新讀取檔案”；只要還有錯誤行，就不會匯入任何資料。</translation>
        </message>
        <message>
            <source>Choose the region of {n} rows: click the Region cell of each row marked Choose a region.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請為 {n} 行選擇地區：點選標為“需選擇地區”的行的“地區”單元格。</translation>
        </message>
        <message>
            <source>{n} rows have a phone number that is already known. Leave out duplicates to import the other rows, or remove them from the file.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{n} 行的電話號碼已存在。勾選“不匯入重複行”以匯入其餘各行，或從檔案中刪除這些行。</translation>
        </message>
        <message>
            <source>There is nothing to import.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有可匯入的資料。</translation>
        </message>
        <message>
            <source>Rows: {n}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>共 {n} 行</translation>
        </message>
        <message>
            <source>OK: {n}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正常 {n}</translation>
        </message>
        <message>
            <source>Errors: {n}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>錯誤 {n}</translation>
        </message>
        <message>
            <source>Duplicates: {n}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重複 {n}</translation>
        </message>
        <message>
            <source>Regions to choose: {n} ({chosen} chosen)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>需選擇地區 {n}（已選 {chosen}）</translation>
        </message>
        <message>
            <source>Ready: {n} customers will be imported in one step. If anything fails, nothing is written.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>可以匯入：{n} 位客戶將一次性匯入；任何一步失敗都不會寫入資料。</translation>
        </message>
        <message>
            <source>Import {n} customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入 {n} 位客戶</translation>
        </message>
    </context>
    <context>
        <name>PriceDialogs</name>
        <message>
            <source>to 0.01 (fen)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>到 0.01（分）</translation>
        </message>
        <message>
            <source>to 0.1 (jiao)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>到 0.1（角）</translation>
        </message>
        <message>
            <source>to 1 (yuan)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>到 1（元）</translation>
        </message>
    </context>
    <context>
        <name>PriceGrid</name>
        <message>
            <source>Code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Unit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單位</translation>
        </message>
        <message>
            <source>{item} / {tier}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{item} / {tier}</translation>
        </message>
        <message>
            <source>{cell}: a saved price cannot be removed; type a new price or undo.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{cell}：已儲存的價格不能刪除；請輸入新價格或撤銷。</translation>
        </message>
        <message>
            <source>{cell}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{cell}：{reason}</translation>
        </message>
        <message>
            <source>Not saved yet (saved value: {value})</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>尚未儲存（已儲存的值：{value}）</translation>
        </message>
        <message>
            <source>No price in force on {date}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{date} 沒有生效的價格</translation>
        </message>
        <message>
            <source>In force since {date}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>自 {date} 起生效</translation>
        </message>
        <message>
            <source>Edit {cell}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯 {cell}</translation>
        </message>
    </context>
    <context>
        <name>PriceGridPage</name>
        <message>
            <source>You can look at the prices here. Changing them needs the permission to edit prices.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>您可以在此檢視價格。修改價格需要“編輯價格”許可權。</translation>
        </message>
        <message>
            <source>Price tiers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>價格檔位</translation>
        </message>
        <message>
            <source>Prices per item and tier in force on the chosen date. Type, paste from Excel or WPS, fill down or adjust a selection; changed cells are marked until you save them from an effective date.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>各專案、各檔位在所選日期生效的價格。可直接輸入、從 Excel 或 WPS 貼上、向下填充或批次調整；改動的單元格會被標記，直到按生效日期儲存。</translation>
        </message>
        <message>
            <source>Settlement prices (内部结算价)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>內部結算價</translation>
        </message>
        <message>
            <source>Sales prices</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銷售價</translation>
        </message>
        <message>
            <source>Items and parts</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案和備件</translation>
        </message>
        <message>
            <source>Service items</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務專案</translation>
        </message>
        <message>
            <source>Spare parts</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備件</translation>
        </message>
        <message>
            <source>Search code or name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>搜尋編碼或名稱</translation>
        </message>
        <message>
            <source>Book</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>價格本</translation>
        </message>
        <message>
            <source>In force on</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>生效日</translation>
        </message>
        <message>
            <source>Save…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存…</translation>
        </message>
        <message>
            <source>Preview impact…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>影響預覽…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>撤銷</translation>
        </message>
        <message>
            <source>Redo</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重做</translation>
        </message>
        <message>
            <source>Copy</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複製</translation>
        </message>
        <message>
            <source>Paste</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>貼上</translation>
        </message>
        <message>
            <source>Fill down</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>向下填充</translation>
        </message>
        <message>
            <source>Adjust…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>調整…</translation>
        </message>
        <message>
            <source>Derive column…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>推算列…</translation>
        </message>
        <message>
            <source>Cell history</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單元格歷史</translation>
        </message>
        <message>
            <source>Tiers…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位…</translation>
        </message>
        <message>
            <source>Reload</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新載入</translation>
        </message>
        <message>
            <source>All categories</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部分類</translation>
        </message>
        <message>
            <source>Loading prices…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在載入價格…</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未儲存的改動</translation>
        </message>
        <message>
            <source>{count} changed prices are not saved. Discard them?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有 {count} 個改動的價格尚未儲存。要放棄這些改動嗎？</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} items</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示 {shown} / {total} 個專案</translation>
        </message>
        <message>
            <source>Items: {count}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案：{count}</translation>
        </message>
        <message>
            <source>{count} prices missing on {date}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{date} 缺少 {count} 個價格</translation>
        </message>
        <message>
            <source>{count} unsaved changes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{count} 處改動未儲存</translation>
        </message>
        <message>
            <source>Nothing was changed:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未做任何改動：</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>……另有 {count} 處。</translation>
        </message>
        <message>
            <source>The clipboard holds nothing to paste.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>剪貼簿中沒有可貼上的內容。</translation>
        </message>
        <message>
            <source>Select the cell where the pasted block starts.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇貼上區域左上角的單元格。</translation>
        </message>
        <message>
            <source>Paste {count} cells</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>貼上 {count} 個單元格</translation>
        </message>
        <message>
            <source>Pasted {count} cells.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已貼上 {count} 個單元格。</translation>
        </message>
        <message>
            <source>The pasted values are the ones already shown.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>貼上的值與當前顯示的相同。</translation>
        </message>
        <message>
            <source>Paste into the price columns: select a cell under a tier.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只能貼上到價格列：請選擇某個檔位下的單元格。</translation>
        </message>
        <message>
            <source>The block is {width} columns wide; only {room} tier columns are right of the cell.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>貼上區域有 {width} 列寬，但該單元格右側只有 {room} 個檔位列。</translation>
        </message>
        <message>
            <source>The block has {rows} rows; only {room} rows are shown from the cell down.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>貼上區域有 {rows} 行，但從該單元格往下只顯示了 {room} 行。</translation>
        </message>
        <message>
            <source>{cell} has no price to fill down.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{cell} 沒有可向下填充的價格。</translation>
        </message>
        <message>
            <source>Select the cells to fill, with the value to copy at the top.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇要填充的單元格，最上面一格為要複製的值。</translation>
        </message>
        <message>
            <source>Fill down {count} cells</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>向下填充 {count} 個單元格</translation>
        </message>
        <message>
            <source>Filled {count} cells.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已填充 {count} 個單元格。</translation>
        </message>
        <message>
            <source>Select the prices to adjust first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請先選擇要調整的價格。</translation>
        </message>
        <message>
            <source>{cell}: the result {value} would be negative.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{cell}：結果 {value} 為負數。</translation>
        </message>
        <message>
            <source>Adjust {count} cells</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>調整 {count} 個單元格</translation>
        </message>
        <message>
            <source>Adjusted {count} prices.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已調整 {count} 個價格。</translation>
        </message>
        <message>
            <source>{count} cells without a price were left out.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{count} 個沒有價格的單元格未調整。</translation>
        </message>
        <message>
            <source>Deriving a column needs at least two tiers.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>推算價格列至少需要兩個檔位。</translation>
        </message>
        <message>
            <source>Derive {target} from {source}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>由 {source} 推算 {target}</translation>
        </message>
        <message>
            <source>{count} prices of {target} derived from {source} x {factor}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已按 {source} × {factor} 推算 {target} 的 {count} 個價格。</translation>
        </message>
        <message>
            <source>{count} rows without a source price were left out.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{count} 行沒有依據價格，未推算。</translation>
        </message>
        <message>
            <source>Saving prices…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在儲存價格…</translation>
        </message>
        <message>
            <source>Saved {count} prices effective from {date}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已儲存 {count} 個價格，自 {date} 起生效。</translation>
        </message>
        <message>
            <source>Select a price cell to see its history.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇一個價格單元格檢視其歷史。</translation>
        </message>
        <message>
            <source>{item} {name} · {tier} · {book}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{item} {name} · {tier} · {book}</translation>
        </message>
        <message>
            <source>Save or undo the changed prices before changing the tiers.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改檔位前，請先儲存或撤銷改動的價格。</translation>
        </message>
    </context>
    <context>
        <name>PriceImpactDialog</name>
        <message>
            <source>As if the new prices had been in force during the whole month</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>假設新價格在整個月份內均已生效</translation>
        </message>
        <message>
            <source>Completed work in:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>完工月份：</translation>
        </message>
        <message>
            <source>Region group</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區分組</translation>
        </message>
        <message>
            <source>Not in any region group</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不屬於任何地區分組</translation>
        </message>
        <message>
            <source>Kind</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>類別</translation>
        </message>
        <message>
            <source>Provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商</translation>
        </message>
        <message>
            <source>No provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無服務商</translation>
        </message>
        <message>
            <source>Type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>型別</translation>
        </message>
        <message>
            <source>By region group</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按地區分組</translation>
        </message>
        <message>
            <source>By provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按服務商</translation>
        </message>
        <message>
            <source>Recomputed from the prices and tier rules on each work order's completion date; nothing is saved. A region can be in several region groups, so their rows can add up to more than the total.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按每張工單完工日的價格和檔位規則重新計算，不儲存任何內容。一個地區可以屬於多個地區分組，因此各分組行相加可能大於合計。</translation>
        </message>
        <message>
            <source>Price impact preview</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>價格影響預覽</translation>
        </message>
        <message>
            <source>What {count} changed prices in the {book} would have changed in a past month.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{book}中 {count} 處改動的價格對過去某個月的結算會有什麼影響。</translation>
        </message>
        <message>
            <source>Effective from:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>生效日期：</translation>
        </message>
        <message>
            <source>Tier rule impact preview</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位規則影響預覽</translation>
        </message>
        <message>
            <source>What the rule “{name}” as entered would have changed in a past month.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按當前填寫的規則“{name}”，對過去某個月的結算會有什麼影響。</translation>
        </message>
        <message>
            <source>Lines</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>明細行</translation>
        </message>
        <message>
            <source>Changed</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>變化行</translation>
        </message>
        <message>
            <source>Before</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>改動前</translation>
        </message>
        <message>
            <source>After</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>改動後</translation>
        </message>
        <message>
            <source>Difference</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>差額</translation>
        </message>
        <message>
            <source>Recomputing the completed work of {period}…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在重新計算 {period} 完工的工單…</translation>
        </message>
        <message>
            <source>Recomputing settlement…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在重新計算結算…</translation>
        </message>
        <message>
            <source>The recomputation was cancelled.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新計算已取消。</translation>
        </message>
        <message>
            <source>{period}: {count} completed lines, ¥{total} earned (frozen on them).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{period}：已完工明細 {count} 行，結算金額 ¥{total}（按完工時凍結的金額）。</translation>
        </message>
        <message>
            <source>The change reaches {count} lines, {changed} of them change.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>改動涉及 {count} 行，其中 {changed} 行金額髮生變化。</translation>
        </message>
        <message>
            <source>Before the change ¥{before}, after it ¥{after}: a difference of {diff}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>改動前 ¥{before}，改動後 ¥{after}，差額 {diff}。</translation>
        </message>
        <message>
            <source>Recomputed before the change, these lines come to another total than the ¥{frozen} frozen on them: prices or rules were changed after the work was done.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>這些明細按改動前重新計算的合計與凍結金額 ¥{frozen} 不同：完工後價格或規則有過調整。</translation>
        </message>
        <message>
            <source>{count} lines cannot be priced without the change:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不做改動時有 {count} 行無法計價：</translation>
        </message>
        <message>
            <source>{count} lines cannot be priced with the change:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>改動後有 {count} 行無法計價：</translation>
        </message>
        <message>
            <source>{work_order} ({lines} lines like it): {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{work_order}（同類 {lines} 行）：{reason}</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <source>Error: blocks publishing</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>錯誤：阻止釋出</translation>
        </message>
        <message>
            <source>Warning: does not block publishing</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>警告：不阻止釋出</translation>
        </message>
        <message>
            <source>Where</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>位置</translation>
        </message>
        <message>
            <source>Problem</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>問題</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <source>Hidden</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>隱藏</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只讀</translation>
        </message>
        <message>
            <source>Editable</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>可編輯</translation>
        </message>
        <message>
            <source>Required</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>必填</translation>
        </message>
        <message>
            <source>Text</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>文字</translation>
        </message>
        <message>
            <source>Number</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數字</translation>
        </message>
        <message>
            <source>Amount</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>金額</translation>
        </message>
        <message>
            <source>Date</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期</translation>
        </message>
        <message>
            <source>Yes/no</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>是/否</translation>
        </message>
        <message>
            <source>Choice</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選項</translation>
        </message>
        <message>
            <source>Any one approver</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>任一審批人</translation>
        </message>
        <message>
            <source>All approvers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部審批人</translation>
        </message>
        <message>
            <source>One after another</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>依次審批</translation>
        </message>
        <message>
            <source>The first approver who approves decides; one rejection is enough to reject.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>任一審批人同意即透過；有一人駁回即駁回。</translation>
        </message>
        <message>
            <source>Every approver must approve, in any order; one rejection rejects.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>所有審批人都要同意，順序不限；有一人駁回即駁回。</translation>
        </message>
        <message>
            <source>The approvers decide one after another in the order listed; each sees the decisions before.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>審批人按列出的順序逐個審批，每人都能看到前面的審批意見。</translation>
        </message>
        <message>
            <source>This version is read-only. Start a new draft to change the workflow.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此版本只讀。要修改流程，請新建草稿。</translation>
        </message>
        <message>
            <source>General</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>基本資訊</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Stage:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>階段：</translation>
        </message>
        <message>
            <source>Description:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>說明：</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>處理人</translation>
        </message>
        <message>
            <source>Role</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>角色</translation>
        </message>
        <message>
            <source>User</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Assigned to:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>指派給：</translation>
        </message>
        <message>
            <source>Approval</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>審批</translation>
        </message>
        <message>
            <source>Add</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增</translation>
        </message>
        <message>
            <source>Remove</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>移除</translation>
        </message>
        <message>
            <source>Approvers:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>審批人：</translation>
        </message>
        <message>
            <source>Decided by:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>審批方式：</translation>
        </message>
        <message>
            <source>A rejection goes back to:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>駁回退回到：</translation>
        </message>
        <message>
            <source>Work</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>辦理</translation>
        </message>
        <message>
            <source>None</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無</translation>
        </message>
        <message>
            <source> working hours</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation> 工作小時</translation>
        </message>
        <message>
            <source>Add field</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增欄位</translation>
        </message>
        <message>
            <source>Add data field</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增資料項</translation>
        </message>
        <message>
            <source>No earlier task or approval to send the work back to.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>前面沒有可退回的任務或審批。</translation>
        </message>
        <message>
            <source>SLA:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>時限：</translation>
        </message>
        <message>
            <source>Form:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單：</translation>
        </message>
        <message>
            <source>Field permissions:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位許可權：</translation>
        </message>
        <message>
            <source>Data recorded:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>記錄的資料：</translation>
        </message>
        <message>
            <source>May send back to:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>可退回到：</translation>
        </message>
        <message>
            <source>Connection</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線</translation>
        </message>
        <message>
            <source>A gateway checks its connections from the lowest number up.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>閘道器按優先順序從小到大依次檢查各連線。</translation>
        </message>
        <message>
            <source>Default path</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預設路徑</translation>
        </message>
        <message>
            <source>Taken when the condition of no other connection holds</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>其他連線的條件都不成立時走這條</translation>
        </message>
        <message>
            <source>Route:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>路徑：</translation>
        </message>
        <message>
            <source>Label:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標籤：</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>優先順序：</translation>
        </message>
        <message>
            <source>Condition</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件</translation>
        </message>
        <message>
            <source>Only connections leaving an exclusive gateway have a condition or a default path.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只有從排他閘道器出發的連線才有條件或預設路徑。</translation>
        </message>
        <message>
            <source>Stages</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>階段</translation>
        </message>
        <message>
            <source>Rename</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新命名</translation>
        </message>
        <message>
            <source>Up</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>下移</translation>
        </message>
        <message>
            <source>Stages group the nodes on the canvas (售前, 售中, 售后). Double-click a stage to rename it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>階段在畫布上給節點分組（售前、售中、售後）。雙擊階段可重新命名。</translation>
        </message>
        <message>
            <source>Select a node or a connection on the canvas to edit it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>在畫布上選中一個節點或一條連線來編輯它。</translation>
        </message>
        <message>
            <source>(no stage)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>（無階段）</translation>
        </message>
        <message>
            <source>{key} (missing)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{key}（不存在）</translation>
        </message>
        <message>
            <source>Connection · {route}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線 · {route}</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程</translation>
        </message>
        <message>
            <source>{nodes} nodes, {edges} connections.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{nodes} 個節點，{edges} 條連線。</translation>
        </message>
        <message>
            <source>Select one of its outgoing connections to give it a condition, a priority, or make it the default.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選中它出去的連線，可設定條件、優先順序或設為預設路徑。</translation>
        </message>
        <message>
            <source>Every parallel split needs a parallel join where its paths meet again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>每個並行分支都需要一個並行匯聚，讓各路徑重新匯合。</translation>
        </message>
        <message>
            <source>— (the rejection ends here)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>—（駁回不退回）</translation>
        </message>
        <message>
            <source>{name} (not before this node)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name}（不在此節點之前）</translation>
        </message>
        <message>
            <source>{key} (not found)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{key}（未找到）</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇…</translation>
        </message>
        <message>
            <source>Role: {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>角色：{name}</translation>
        </message>
        <message>
            <source>User: {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者：{name}</translation>
        </message>
        <message>
            <source>New stage</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新階段</translation>
        </message>
    </context>
    <context>
        <name>ProviderDialog</name>
        <message>
            <source>New service provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建服務商</translation>
        </message>
        <message>
            <source>Service provider {code} {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商 {code} {name}</translation>
        </message>
        <message>
            <source>Edit {code} {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯 {code} {name}</translation>
        </message>
        <message>
            <source>e.g. GZ-HT (letters, digits, - _ .)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如 GZ-HT（字母、數字、- _ .）</translation>
        </message>
        <message>
            <source>e.g. 广州天河恒通机电安装服务部</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如 廣州天河恆通機電安裝服務部</translation>
        </message>
        <message>
            <source>Usually the provider's registered name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>通常為服務商的註冊名稱</translation>
        </message>
        <message>
            <source>18-character unified social credit code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>18 位統一社會信用程式碼</translation>
        </message>
        <message>
            <source>Code:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Provider type:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別：</translation>
        </message>
        <message>
            <source>Contact person:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>聯絡人：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>電話：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地址：</translation>
        </message>
        <message>
            <source>Covered regions:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>覆蓋地區：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備註：</translation>
        </message>
        <message>
            <source>Bank and tax</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銀行與稅務</translation>
        </message>
        <message>
            <source>Bank:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開戶銀行：</translation>
        </message>
        <message>
            <source>The account number is hidden. Leave it to keep it, or type the full new number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銀行賬號已隱藏。不修改則保留原賬號，或輸入完整的新賬號。</translation>
        </message>
        <message>
            <source>Account number:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>賬號：</translation>
        </message>
        <message>
            <source>Account holder:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>戶名：</translation>
        </message>
        <message>
            <source>Tax ID:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>統一社會信用程式碼：</translation>
        </message>
        <message>
            <source>Each region includes everything inside it. You may choose regions inside {regions}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>每個地區包含其下全部地區。您可以選擇 {regions} 範圍內的地區。</translation>
        </message>
        <message>
            <source>Each region includes everything inside it, e.g. 广州市 covers all its districts.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>每個地區包含其下全部地區，例如 廣州市 覆蓋其所有區。</translation>
        </message>
        <message>
            <source>Choose a provider type. Add one with “Provider types…” first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇服務商型別。如列表為空，請先在“服務商型別…”中新增。</translation>
        </message>
    </context>
    <context>
        <name>ProviderTypesDialog</name>
        <message>
            <source>Provider types</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Providers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商數</translation>
        </message>
        <message>
            <source>Rules</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則數</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Name of a new type, or the new name of the selected one</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新型別的名稱，或所選型別的新名稱</translation>
        </message>
        <message>
            <source>Add</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增</translation>
        </message>
        <message>
            <source>Rename</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新命名</translation>
        </message>
        <message>
            <source>Move up</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>下移</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用</translation>
        </message>
        <message>
            <source>Tier rules and owner rules match providers by the name of their type, so a type that rules use cannot be renamed. Inactive types stay on their providers but are no longer offered.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位規則和歸屬規則按型別名稱匹配服務商，因此被規則使用的型別不能重新命名。停用的型別仍保留在原有服務商上，但不再供選擇。</translation>
        </message>
        <message>
            <source>Activate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>{count} rules use this name; it cannot be renamed.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有 {count} 條規則使用此名稱，不能重新命名。</translation>
        </message>
        <message>
            <source>Rename the selected type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新命名所選型別</translation>
        </message>
        <message>
            <source>Added the provider type {name}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已新增服務商型別 {name}。</translation>
        </message>
        <message>
            <source>Renamed {old} to {new}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已將 {old} 重新命名為 {new}。</translation>
        </message>
    </context>
    <context>
        <name>ProvidersPage</name>
        <message>
            <source>Search code, name, contact, phone or address</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>搜尋編碼、名稱、聯絡人、電話或地址</translation>
        </message>
        <message>
            <source>Working in region, e.g. 天河区</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務地區，例如 天河區</translation>
        </message>
        <message>
            <source>Service providers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商</translation>
        </message>
        <message>
            <source>The companies and service points whose installers do the work, with the regions they cover and the bank details statements are paid to. Providers are never deleted, only deactivated.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>派出安裝師傅上門服務的公司和服務網點，包括其覆蓋地區以及結算付款的銀行資訊。服務商不會被刪除，只會停用。</translation>
        </message>
        <message>
            <source>Code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>型別</translation>
        </message>
        <message>
            <source>Covered regions</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>覆蓋地區</translation>
        </message>
        <message>
            <source>Contact</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>電話</translation>
        </message>
        <message>
            <source>Installers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>安裝師傅</translation>
        </message>
        <message>
            <source>New provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建服務商</translation>
        </message>
        <message>
            <source>Provider types…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別…</translation>
        </message>
        <message>
            <source>All types</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部型別</translation>
        </message>
        <message>
            <source>Providers: {count}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商：{count}</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} providers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示 {shown} / {total} 家服務商</translation>
        </message>
        <message>
            <source>Deactivate provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用服務商</translation>
        </message>
        <message>
            <source>{name} has {count} active installers. Deactivate the provider and its installers? They stay in the history and can be activated again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name} 有 {count} 位在職安裝師傅。確定停用該服務商及其安裝師傅嗎？他們會保留在歷史記錄中，之後也可以重新啟用。</translation>
        </message>
    </context>
    <context>
        <name>PublishNoteDialog</name>
        <message>
            <source>Publish version</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>釋出版本</translation>
        </message>
        <message>
            <source>For example: 大额订单增加财务审批</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如：大額訂單增加財務審批</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>說明（可選）：</translation>
        </message>
        <message>
            <source>Publish</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>釋出</translation>
        </message>
        <message>
            <source>A published version cannot be changed. New work orders start on it; work orders already running stay on the version they started with.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已釋出的版本不能再修改。新工單從它開始；已在進行的工單仍按開始時的版本進行。</translation>
        </message>
    </context>
    <context>
        <name>ReassignmentDialog</name>
        <message>
            <source>Re-assign customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新分配客戶</translation>
        </message>
        <message>
            <source>Under the owner rules in force on {date}, {moved} of the {checked} customers you can see get a new owner:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按 {date} 生效的歸屬規則，您可見的 {checked} 位客戶中有 {moved} 位將更換負責人：</translation>
        </message>
        <message>
            <source>Under the owner rules in force on {date}, all {checked} customers you can see keep their owners.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按 {date} 生效的歸屬規則，您可見的 {checked} 位客戶全部保持原負責人。</translation>
        </message>
        <message>
            <source>From</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>原負責人</translation>
        </message>
        <message>
            <source>To</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新負責人</translation>
        </message>
        <message>
            <source>Customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶數</translation>
        </message>
        <message>
            <source>In total {moved} customers change their owner.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>共 {moved} 位客戶更換負責人。</translation>
        </message>
        <message>
            <source>{count} more customers keep their owner, who is now theirs through a different rule; their link to the rule is updated too.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>另有 {count} 位客戶負責人不變，但現在由另一條規則決定；它們關聯的規則也會一併更新。</translation>
        </message>
        <message>
            <source>Re-assign {moved} customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新分配 {moved} 位客戶</translation>
        </message>
        <message>
            <source>Update the rule links</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>更新關聯規則</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>關閉</translation>
        </message>
    </context>
    <context>
        <name>ReconcileDialog</name>
        <message>
            <source>Reconciliation {period}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>對賬 {period}</translation>
        </message>
        <message>
            <source>Earned (frozen earnings of the period)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>應得收益（本期已凍結的收益）</translation>
        </message>
        <message>
            <source>Settled on issued statements</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已出具結算單結算</translation>
        </message>
        <message>
            <source>Not settled yet</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>尚未結算</translation>
        </message>
        <message>
            <source>Net paid by those statements</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>這些結算單的實付金額</translation>
        </message>
        <message>
            <source>Tax withheld</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>代扣個稅</translation>
        </message>
        <message>
            <source>Carried in from earlier statements</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>從以前結算單結轉入</translation>
        </message>
        <message>
            <source>Carried forward to later statements</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結轉到以後結算單</translation>
        </message>
        <message>
            <source>Difference</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>差額</translation>
        </message>
        <message>
            <source>The statements agree with the earnings.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單與收益一致。</translation>
        </message>
        <message>
            <source>The statements do not agree with the earnings. Check the statements of the period and the audit log before paying.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單與收益不一致。付款前請核對本期結算單和審計日誌。</translation>
        </message>
        <message>
            <source>Earned = settled + not settled, and settled = net paid + tax withheld − carried in + carried forward. The difference is zero when both hold.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>應得收益 = 已結算 + 未結算，且已結算 = 實付 + 代扣個稅 − 上期結轉 + 結轉下期。兩式都成立時差額為零。</translation>
        </message>
    </context>
    <context>
        <name>RegionChoiceDelegate</name>
        <message>
            <source>Choose the region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇地區</translation>
        </message>
    </context>
    <context>
        <name>RegionDashboardPage</name>
        <message>
            <source>Province</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>省份</translation>
        </message>
        <message>
            <source>None of the customers has a recognised province.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有客戶能識別出所在省份。</translation>
        </message>
        <message>
            <source>Region group</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>區域分組</translation>
        </message>
        <message>
            <source>A customer counts in every group that contains their region, so groups that overlap (a 大区 and a city tier) add up to more than the total.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶計入包含其所在地區的每個分組，因此相互重疊的分組（如大區和城市等級）合計會超過客戶總數。</translation>
        </message>
        <message>
            <source>No customer lies in a region group. Region groups are defined on the Regions page.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有客戶位於任何區域分組中。區域分組在“地區”頁面中定義。</translation>
        </message>
        <message>
            <source>Owner</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>負責人</translation>
        </message>
        <message>
            <source>Owners are assigned by the owner rules; a pool holds customers nobody owns yet.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>負責人由歸屬規則分配；客戶池中是尚無負責人的客戶。</translation>
        </message>
        <message>
            <source>No customer has an owner.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有客戶分配了負責人。</translation>
        </message>
        <message>
            <source>By province</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按省份</translation>
        </message>
        <message>
            <source>By region group</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按區域分組</translation>
        </message>
        <message>
            <source>By owner</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按負責人</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Region dashboard</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>區域看板</translation>
        </message>
        <message>
            <source>How many customers each province, region group and owner has, within your regions. Click a bar, or double-click a row of the table, to see those customers.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>在您負責的地區內，各省份、區域分組和負責人各有多少客戶。點選柱條或雙擊表格中的行，即可檢視這些客戶。</translation>
        </message>
        <message>
            <source>There are no customers yet.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>還沒有客戶。</translation>
        </message>
        <message>
            <source>Create or import customers on the Customers page; the figures appear here as soon as there are any.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請在“客戶”頁面新建或匯入客戶，有了客戶後統計資料就會顯示在這裡。</translation>
        </message>
        <message>
            <source>{pool} (pool)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{pool}（客戶池）</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未分配</translation>
        </message>
        <message>
            <source>Counting customers…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在統計客戶…</translation>
        </message>
        <message>
            <source>Customers: {total}, of which {without} have no recognised region.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶：{total} 位，其中 {without} 位無法識別地區。</translation>
        </message>
        <message>
            <source>Customers: {total}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶：{total} 位</translation>
        </message>
        <message>
            <source>“Other” adds up the entries too small for the chart: pick one of them in the table.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“其他”彙總了圖表中放不下的條目：請在表格中選擇其中一項。</translation>
        </message>
    </context>
    <context>
        <name>RegionListEditor</name>
        <message>
            <source>Add</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增</translation>
        </message>
        <message>
            <source>Remove</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>移除</translation>
        </message>
        <message>
            <source>“{text}” is not one region. Pick one from the list or type its six-digit code.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”不是唯一的區域，請從列表中選擇或輸入六位區劃程式碼。</translation>
        </message>
    </context>
    <context>
        <name>RegionPicker</name>
        <message>
            <source>Type a name or a six-digit code, e.g. 南山区 or 440305</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>輸入名稱或六位程式碼，例如 南山區 或 440305</translation>
        </message>
    </context>
    <context>
        <name>RegionPickers</name>
        <message>
            <source>Province</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>省</translation>
        </message>
        <message>
            <source>City</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>市</translation>
        </message>
        <message>
            <source>District</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>區縣</translation>
        </message>
    </context>
    <context>
        <name>RegionTreeModel</name>
        <message>
            <source>Region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區</translation>
        </message>
        <message>
            <source>Short name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>簡稱</translation>
        </message>
        <message>
            <source>Code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>程式碼</translation>
        </message>
        <message>
            <source>Type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>型別</translation>
        </message>
        <message>
            <source>{path}
In the group through {region}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{path}
已透過 {region} 包含在分組中。</translation>
        </message>
    </context>
    <context>
        <name>RegionsPage</name>
        <message>
            <source>Area</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>大區</translation>
        </message>
        <message>
            <source>City tier</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>城市等級</translation>
        </message>
        <message>
            <source>Custom</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>自定義</translation>
        </message>
        <message>
            <source>Regions</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區</translation>
        </message>
        <message>
            <source>The administrative regions of China (provinces, prefectures, counties) and the region groups that pricing, workflow and customer rules can refer to: 大区 such as 华南, city tiers such as 一线城市, or any set you need.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全國行政區劃（省、地市、區縣），以及定價、流程和客戶規則可以引用的地區分組：華南等大區、一線城市等城市等級，或您需要的任意組合。</translation>
        </message>
        <message>
            <source>Search name, short name or code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>搜尋名稱、簡稱或程式碼</translation>
        </message>
        <message>
            <source>Group</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分組</translation>
        </message>
        <message>
            <source>Kind</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>類別</translation>
        </message>
        <message>
            <source>Members</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>成員數</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>類別：</translation>
        </message>
        <message>
            <source>Description:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>說明：</translation>
        </message>
        <message>
            <source>Members:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>成員：</translation>
        </message>
        <message>
            <source>Check the member regions in the tree on the left. A checked province or city is itself the member and covers everything inside it (shown in green); the regions inside are not checked one by one.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>在左側地區樹中勾選成員地區。勾選的省或市本身就是成員，並涵蓋其下的全部地區（以綠色顯示）；其下的地區不會逐一勾選。</translation>
        </message>
        <message>
            <source>Only administrators can change region groups.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只有管理員可以修改地區分組。</translation>
        </message>
        <message>
            <source>New group</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建分組</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存</translation>
        </message>
        <message>
            <source>Delete</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Region groups</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區分組</translation>
        </message>
        <message>
            <source>{path} · code {code} · {type}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{path} · 程式碼 {code} · {type}</translation>
        </message>
        <message>
            <source>Regions: {count}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區：{count} 個</translation>
        </message>
        <message>
            <source>Matching the search: {count}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>符合搜尋：{count} 個</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未儲存的修改</translation>
        </message>
        <message>
            <source>The changes to the group {name} are not saved. Discard them?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分組 {name} 的修改尚未儲存。要放棄這些修改嗎？</translation>
        </message>
        <message>
            <source>(new group)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>（新分組）</translation>
        </message>
        <message>
            <source>Group {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分組 {name}</translation>
        </message>
        <message>
            <source>Choose a group, or create a new one</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇一個分組，或新建分組</translation>
        </message>
        <message>
            <source>none yet: check regions in the tree</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>暫無：請在地區樹中勾選</translation>
        </message>
        <message>
            <source>{count} regions: {names}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{count} 個地區：{names}</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation> 等，另有 {count} 個</translation>
        </message>
        <message>
            <source>The group {name} was created.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已建立分組 {name}。</translation>
        </message>
        <message>
            <source>The changes to {name} were saved.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name} 的修改已儲存。</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除分組</translation>
        </message>
        <message>
            <source>Delete the region group {name}? Rules can no longer refer to it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>要刪除地區分組 {name} 嗎？刪除後規則將無法再引用它。</translation>
        </message>
        <message>
            <source>The group {name} was deleted.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已刪除分組 {name}。</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重置密碼</translation>
        </message>
        <message>
            <source>This is your own account: the new password applies at once.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>這是您本人的賬號：新密碼立即生效。</translation>
        </message>
        <message>
            <source>Set a temporary password for {name} ({username}). They must choose a new password at their next sign-in.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>為 {name}（{username}）設定臨時密碼。對方下次登入時必須設定新密碼。</translation>
        </message>
        <message>
            <source>New password:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新密碼：</translation>
        </message>
        <message>
            <source>Confirm password:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>確認密碼：</translation>
        </message>
        <message>
            <source>The two passwords do not match. Type the same password twice.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>兩次輸入的密碼不一致，請輸入相同的密碼。</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Send back from {node}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>從“{node}”退回</translation>
        </message>
        <message>
            <source>Why is it sent back?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>退回原因</translation>
        </message>
        <message>
            <source>Send back</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>退回</translation>
        </message>
        <message>
            <source>Back to:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>退回到：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>原因：</translation>
        </message>
    </context>
    <context>
        <name>RowDialog</name>
        <message>
            <source>Create</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>建立</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存</translation>
        </message>
    </context>
    <context>
        <name>SaveDateDialog</name>
        <message>
            <source>Save prices</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存價格</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>Save {count} changed prices in the {book} as new versions.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>將{book}中 {count} 個改動的價格儲存為新版本。</translation>
        </message>
        <message>
            <source>Earlier prices stay in the history. A price already in force on that date is never overwritten; a planned (future) price on that date is replaced.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>之前的價格保留在歷史中。該日期已生效的價格不會被覆蓋；該日期計劃（未來）生效的價格會被替換。</translation>
        </message>
        <message>
            <source>This date is in the past: the new prices also apply to work that is still open since then. Completed work orders keep the prices frozen on them.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該日期已過去：新價格也適用於自那時起仍未完成的工單。已完成的工單保留其凍結的價格。</translation>
        </message>
    </context>
    <context>
        <name>ScrmError</name>
        <message>
            <source>The company name must not be empty.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>公司名稱不能為空。</translation>
        </message>
        <message>
            <source>“{tax_id}” is not a valid unified social credit code (18 characters with a correct check character).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{tax_id}”不是有效的統一社會信用程式碼（應為 18 位且校驗位正確）。</translation>
        </message>
        <message>
            <source>“{phone}” is not a phone number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{phone}”不是有效的電話號碼。</translation>
        </message>
        <message>
            <source>The branch code must be 1–16 capital letters or digits.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分支程式碼必須是 1–16 位大寫字母或數字。</translation>
        </message>
        <message>
            <source>The logo is larger than 1 MB.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標誌圖片超過 1 MB。</translation>
        </message>
        <message>
            <source>The logo must be a PNG or JPEG image.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標誌必須是 PNG 或 JPEG 圖片。</translation>
        </message>
        <message>
            <source>{entity} was deleted by someone else. Reload and try again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{entity} 已被他人刪除。請重新整理後重試。</translation>
        </message>
        <message>
            <source>{entity} was changed by {user} at {time} after you opened it. Reload and try again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>在您開啟之後，{entity} 已被 {user} 於 {time} 修改。請重新整理後重試。</translation>
        </message>
        <message>
            <source>The database is not empty; demo data goes into a new database only.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>資料庫不是空的；演示資料只能寫入新資料庫。</translation>
        </message>
        <message>
            <source>The task was cancelled.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>任務已取消。</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”不是有效金額。</translation>
        </message>
        <message>
            <source>{text} is too large an amount.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>金額 {text} 過大。</translation>
        </message>
        <message>
            <source>{text} has more than two decimals.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{text} 的小數超過兩位。</translation>
        </message>
        <message>
            <source>“{text}” is not a quantity.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”不是有效的數量。</translation>
        </message>
        <message>
            <source>The quantity must be greater than zero, not {text}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數量必須大於零，不能是 {text}。</translation>
        </message>
        <message>
            <source>{text} is too large a quantity.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數量 {text} 過大。</translation>
        </message>
        <message>
            <source>The quantity {text} has more than three decimals.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數量 {text} 的小數超過三位。</translation>
        </message>
        <message>
            <source>manage users</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>管理使用者</translation>
        </message>
        <message>
            <source>edit company details</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改公司資訊</translation>
        </message>
        <message>
            <source>view the audit log</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檢視審計日誌</translation>
        </message>
        <message>
            <source>view personal data</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檢視個人敏感資訊</translation>
        </message>
        <message>
            <source>edit the national catalog</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改全國專案庫</translation>
        </message>
        <message>
            <source>edit the regional catalog</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改地區專案庫</translation>
        </message>
        <message>
            <source>edit prices</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改價格</translation>
        </message>
        <message>
            <source>manage customers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>管理客戶</translation>
        </message>
        <message>
            <source>manage region groups</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>管理地區分組</translation>
        </message>
        <message>
            <source>manage customer owner rules</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>管理客戶歸屬規則</translation>
        </message>
        <message>
            <source>dispatch work orders</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>派發工單</translation>
        </message>
        <message>
            <source>reopen completed work orders</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新開啟已完工的工單</translation>
        </message>
        <message>
            <source>manage service providers and installers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>管理服務商和安裝師傅</translation>
        </message>
        <message>
            <source>manage settlement statements</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>管理結算單</translation>
        </message>
        <message>
            <source>design workflows and forms</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>設計流程和表單</translation>
        </message>
        <message>
            <source>view own earnings</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檢視本人收入</translation>
        </message>
        <message>
            <source>{user} is not allowed to {permission}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{user} 沒有“{permission}”的許可權。</translation>
        </message>
        <message>
            <source>The file {file} is larger than {mb} MB.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案 {file} 超過 {mb} MB。</translation>
        </message>
        <message>
            <source>The file {file} has more than {n} rows; split it into smaller files.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案 {file} 超過 {n} 行，請拆分成較小的檔案。</translation>
        </message>
        <message>
            <source>The file {file} is neither UTF-8 nor GB18030 (GBK) text.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案 {file} 既不是 UTF-8 也不是 GB18030（GBK）編碼的文字。</translation>
        </message>
        <message>
            <source>Line {line} of {file} is not valid CSV: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{file} 的第 {line} 行不是有效的 CSV：{reason}</translation>
        </message>
        <message>
            <source>The file {file} is not an Excel workbook (.xlsx).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案 {file} 不是 Excel 工作簿（.xlsx）。</translation>
        </message>
        <message>
            <source>The file {file} cannot be read as an Excel workbook: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法將檔案 {file} 作為 Excel 工作簿讀取：{reason}</translation>
        </message>
        <message>
            <source>The file {file} cannot be opened.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法開啟檔案 {file}。</translation>
        </message>
        <message>
            <source>Import reads .xlsx and .csv files, not {suffix}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入只支援 .xlsx 和 .csv 檔案，不支援 {suffix}。</translation>
        </message>
        <message>
            <source>The file {file} is empty.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案 {file} 是空的。</translation>
        </message>
        <message>
            <source>“{name}” is not a customer field.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{name}”不是客戶欄位。</translation>
        </message>
        <message>
            <source>The file has no column {column}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案中沒有第 {column} 列。</translation>
        </message>
        <message>
            <source>A column can be used for one field only.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>每一列只能對應一個欄位。</translation>
        </message>
        <message>
            <source>Choose the column that holds the customer name.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇包含客戶名稱的列。</translation>
        </message>
        <message>
            <source>The phone number {phone} was shortened by the spreadsheet; format the column as text and enter the numbers again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>電話號碼 {phone} 已被表格軟體截斷（科學計數法）；請將該列設定為文字格式並重新輸入號碼。</translation>
        </message>
        <message>
            <source>Region {region} is outside the regions of {user}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區 {region} 不在 {user} 的負責範圍內。</translation>
        </message>
        <message>
            <source>Row {earlier} of the file has the same phone number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案第 {earlier} 行的電話號碼與此相同。</translation>
        </message>
        <message>
            <source>The address “{address}” fits several regions: {candidates}. Choose one.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地址“{address}”可能屬於多個地區：{candidates}。請選擇一個。</translation>
        </message>
        <message>
            <source>The address lies in {address_region}, but the region columns say {column_region}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地址位於 {address_region}，但地區列寫的是 {column_region}。</translation>
        </message>
        <message>
            <source>The cell in column “{column}” holds a formula; import values only.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{column}”列的單元格包含公式，只能匯入數值。</translation>
        </message>
        <message>
            <source>{n} rows cannot be imported, so nothing was imported. The first one is row {number}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有 {n} 行無法匯入，因此未匯入任何資料。第一處問題在第 {number} 行。</translation>
        </message>
        <message>
            <source>Row {number} does not need a region choice.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {number} 行不需要選擇地區。</translation>
        </message>
        <message>
            <source>Export writes .xlsx and .csv files, not {suffix}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯出只支援 .xlsx 和 .csv 檔案，不支援 {suffix}。</translation>
        </message>
        <message>
            <source>The password must have at least {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>密碼至少需要 {n} 個字元。</translation>
        </message>
        <message>
            <source>The password must not start or end with spaces.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>密碼不能以空格開頭或結尾。</translation>
        </message>
        <message>
            <source>The user name “{username}” must be 2–64 letters, digits or . _ - @ (no spaces).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者名稱“{username}”必須由 2–64 個字母、數字或 . _ - @ 組成（不能有空格）。</translation>
        </message>
        <message>
            <source>The phone number {phone} is masked; enter the full number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>電話號碼 {phone} 已打碼，請輸入完整號碼。</translation>
        </message>
        <message>
            <source>“{phone}” is not a phone number: a mobile has 11 digits, a landline starts with its area code.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{phone}”不是電話號碼：手機號為 11 位，座機號需以區號開頭。</translation>
        </message>
        <message>
            <source>{user} may only read the national catalog; choose one of your regions as the owner.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{user} 對全國目錄只有檢視許可權，請選擇您負責的區域作為所屬區域。</translation>
        </message>
        <message>
            <source>The code must not be empty.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼不能為空。</translation>
        </message>
        <message>
            <source>“{code}” is not a valid code: use up to 40 letters, digits, “-”, “_” and “.”, starting with a letter or digit.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{code}”不是有效的編碼：最多 40 個字母、數字、“-”、“_”和“.”，並以字母或數字開頭。</translation>
        </message>
        <message>
            <source>The name must not be empty.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱不能為空。</translation>
        </message>
        <message>
            <source>The name must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>The unit must not be empty (for example 项, 台, 套, 米).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單位不能為空（例如 項、臺、套、米）。</translation>
        </message>
        <message>
            <source>The unit must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單位不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>The specification must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規格/說明不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>The complexity must be a whole number from 1 to 5, not {value}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度必須是 1 到 5 的整數，不能是 {value}。</translation>
        </message>
        <message>
            <source>“{kind}” is not a kind of catalog row; use service or part.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{kind}”不是目錄條目型別，請使用 service 或 part。</translation>
        </message>
        <message>
            <source>The category no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該分類已不存在。</translation>
        </message>
        <message>
            <source>There is already a category named {name} at this place in the tree.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>同一位置已有名為 {name} 的分類。</translation>
        </message>
        <message>
            <source>The parent category no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>上級分類已不存在。</translation>
        </message>
        <message>
            <source>The category {name} belongs to the other catalog.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分類 {name} 屬於另一個目錄。</translation>
        </message>
        <message>
            <source>Categories can be nested at most {n} levels deep.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分類最多巢狀 {n} 層。</translation>
        </message>
        <message>
            <source>Another category already has the code {code}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已有其他分類使用編碼 {code}。</translation>
        </message>
        <message>
            <source>A category cannot be moved into itself or into one of its subcategories.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分類不能移動到自身或其下級分類中。</translation>
        </message>
        <message>
            <source>The category {name} still has {children} subcategories and {items} items. Move or delete them first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分類 {name} 下還有 {children} 個子分類和 {items} 個條目，請先移走或刪除。</translation>
        </message>
        <message>
            <source>The catalog item no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該目錄條目已不存在。</translation>
        </message>
        <message>
            <source>Another service item or part already has the code {code}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已有其他專案或備件使用編碼 {code}。</translation>
        </message>
        <message>
            <source>{item} is in service packages outside region {region} ({packages}); it cannot belong to that region alone.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{item} 已用於區域 {region} 以外的服務包（{packages}），不能只歸屬該區域。</translation>
        </message>
        <message>
            <source>{item} is used by the active service packages {packages}. Remove it from them or deactivate them first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{item} 正被啟用中的服務包 {packages} 使用，請先從中移除或停用這些服務包。</translation>
        </message>
        <message>
            <source>Another service package already has the code {code}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已有其他服務包使用編碼 {code}。</translation>
        </message>
        <message>
            <source>The service package no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該服務包已不存在。</translation>
        </message>
        <message>
            <source>A service package needs at least one line.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務包至少需要一條明細。</translation>
        </message>
        <message>
            <source>The item of line {line} no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {line} 行的條目已不存在。</translation>
        </message>
        <message>
            <source>{item} is in the package twice; change the quantity of one line instead.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{item} 在服務包中出現了兩次，請改為修改其中一行的數量。</translation>
        </message>
        <message>
            <source>{item} is inactive and cannot be put in a service package.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{item} 已停用，不能加入服務包。</translation>
        </message>
        <message>
            <source>{item} belongs to region {item_region} and cannot be used in a package for {package_region}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{item} 屬於區域 {item_region}，不能用於 {package_region} 的服務包。</translation>
        </message>
        <message>
            <source>The service package {package} is inactive.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務包 {package} 已停用。</translation>
        </message>
        <message>
            <source>The address must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地址不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>The notes must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備註不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>The tag “{tag}” is longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標籤“{tag}”超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>A customer can have at most {n} tags.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>一個客戶最多只能有 {n} 個標籤。</translation>
        </message>
        <message>
            <source>“{channel}” is not a channel; use one of {channels}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{channel}”不是渠道，請使用以下之一：{channels}。</translation>
        </message>
        <message>
            <source>The {channel} id must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{channel} 賬號不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>“{code}” is not a region code.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{code}”不是地區程式碼。</translation>
        </message>
        <message>
            <source>The customer no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該客戶已不存在。</translation>
        </message>
        <message>
            <source>Someone else just saved a customer with this phone number. Reload and try again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>其他人剛剛儲存了使用此電話號碼的客戶。請重新整理後重試。</translation>
        </message>
        <message>
            <source>The customer {customer} already has this phone number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶 {customer} 已使用此電話號碼。</translation>
        </message>
        <message>
            <source>A customer outside your regions already has this phone number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>您負責地區以外的某位客戶已使用此電話號碼。</translation>
        </message>
        <message>
            <source>The owner rule no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該歸屬規則已不存在。</translation>
        </message>
        <message>
            <source>The rule needs a name.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則需要一個名稱。</translation>
        </message>
        <message>
            <source>Choose either a user or a pool as the owner, not both and not neither.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>負責人請選擇一個使用者或一個客戶池，二者選其一。</translation>
        </message>
        <message>
            <source>The pool name must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶池名稱不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>The owner must be an active user.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>負責人必須是已啟用的使用者。</translation>
        </message>
        <message>
            <source>A rule applies to a region or to a region group, not to both.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則只能適用於一個地區或一個地區分組，不能同時指定。</translation>
        </message>
        <message>
            <source>The region group no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該地區分組已不存在。</translation>
        </message>
        <message>
            <source>{user} may only make rules for a region inside their own regions.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{user} 只能為自己負責地區內的地區制定規則。</translation>
        </message>
        <message>
            <source>The rule must start on or before the day it ends.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則的開始日期不能晚於結束日期。</translation>
        </message>
        <message>
            <source>Customers or owner rules changed after the preview. Preview the re-assignment again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預覽之後客戶或歸屬規則已有變化，請重新預覽重新分配。</translation>
        </message>
        <message>
            <source>“{role}” is not a role.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{role}”不是有效的角色。</translation>
        </message>
        <message>
            <source>Choose at least one role.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請至少選擇一個角色。</translation>
        </message>
        <message>
            <source>“{code}” is not a 6-digit region code.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{code}”不是 6 位行政區劃程式碼。</translation>
        </message>
        <message>
            <source>The user no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該使用者已不存在。</translation>
        </message>
        <message>
            <source>{user} is the last active administrator and must stay one.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{user} 是最後一個啟用的管理員，必須保留管理員身份。</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者名稱或密碼錯誤。</translation>
        </message>
        <message>
            <source>The account {username} is disabled. Ask an administrator.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>賬號 {username} 已停用，請聯絡管理員。</translation>
        </message>
        <message>
            <source>Too many wrong passwords. The account is locked for {minutes} more minutes.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>密碼錯誤次數過多，賬號已鎖定，請 {minutes} 分鐘後再試。</translation>
        </message>
        <message>
            <source>The database already has users; sign in instead.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>資料庫中已有使用者，請直接登入。</translation>
        </message>
        <message>
            <source>The user name {username} is already taken.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者名稱 {username} 已被使用。</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不能停用您自己的賬號。</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>當前密碼錯誤。</translation>
        </message>
        <message>
            <source>The new password must differ from the current one.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新密碼不能與當前密碼相同。</translation>
        </message>
        <message>
            <source>Choose the file of the SQLite database.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇 SQLite 資料庫檔案。</translation>
        </message>
        <message>
            <source>Enter the host name of the PostgreSQL server.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請輸入 PostgreSQL 伺服器的主機名。</translation>
        </message>
        <message>
            <source>Enter the name of the PostgreSQL database.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請輸入 PostgreSQL 資料庫名。</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法讀取 {path}：{reason}</translation>
        </message>
        <message>
            <source>The group name must not be empty.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分組名稱不能為空。</translation>
        </message>
        <message>
            <source>The group name must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分組名稱不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>A region group named {name} already exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已有名為 {name} 的地區分組。</translation>
        </message>
        <message>
            <source>“{kind}” is not a kind of region group.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{kind}”不是地區分組的類別。</translation>
        </message>
        <message>
            <source>The description must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>說明不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>The region group {name} is used by {count} rules ({rules}). Change or delete those rules first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區分組 {name} 正被 {count} 條規則使用（{rules}）。請先修改或刪除這些規則。</translation>
        </message>
        <message>
            <source>Rule “{rule}” could tie with rule “{other}” (for example in {region}). Make one more specific or give it a different priority.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則“{rule}”可能與規則“{other}”並列（例如在{region}）。請讓其中一條更具體，或給它設定不同的優先順序。</translation>
        </message>
        <message>
            <source>any region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>任意地區</translation>
        </message>
        <message>
            <source>{cell}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{cell}：{reason}</translation>
        </message>
        <message>
            <source>{count} cells of {file} are not valid, so nothing was imported:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{file} 中有 {count} 個單元格無效，因此沒有匯入任何資料：</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>……另有 {count} 處。</translation>
        </message>
        <message>
            <source>Prices are exported to .xlsx files, not {suffix}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>價格只能匯出為 .xlsx 檔案，不能匯出為 {suffix}。</translation>
        </message>
        <message>
            <source>Prices are imported from .xlsx files, not {suffix}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>價格只能從 .xlsx 檔案匯入，不能從 {suffix} 匯入。</translation>
        </message>
        <message>
            <source>The sheet {sheet} of {file} has more than {n} rows; split the file.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{file} 的工作表 {sheet} 超過 {n} 行，請拆分檔案。</translation>
        </message>
        <message>
            <source>The first row must start with the column {column}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第一行必須以列 {column} 開頭。</translation>
        </message>
        <message>
            <source>“{code}” is not a price tier code.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{code}”不是價格檔位編碼。</translation>
        </message>
        <message>
            <source>The tier {code} has a second column.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位 {code} 出現了第二列。</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” is not a price book; name it settlement or sales.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工作表“{sheet}”不是價格表，請命名為 settlement 或 sales。</translation>
        </message>
        <message>
            <source>There is no catalog item with the code {code}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有編碼為 {code} 的專案或備件。</translation>
        </message>
        <message>
            <source>The item code is missing.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>缺少專案編碼。</translation>
        </message>
        <message>
            <source>The item {code} is already on row {first_row}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案 {code} 已在第 {first_row} 行出現。</translation>
        </message>
        <message>
            <source>Formulas are not accepted ({text}); enter the amount.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不接受公式（{text}），請直接填寫金額。</translation>
        </message>
        <message>
            <source>The file {file} has no settlement or sales sheet.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案 {file} 中沒有 settlement 或 sales 工作表。</translation>
        </message>
        <message>
            <source>settlement price</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算價</translation>
        </message>
        <message>
            <source>sales price</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銷售價</translation>
        </message>
        <message>
            <source>{item} ({code}) has no {book} in tier {tier} ({tier_code}) on {date}. Enter the price in the price grid.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{item}（{code}）在 {date} 沒有檔位 {tier}（{tier_code}）的{book}。請在價格表中填寫該價格。</translation>
        </message>
        <message>
            <source>No tier rule matches {item} ({code}) in {region} on {date}, so it has no {book}. Add a rule, for example a national default.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{date} 在 {region} 沒有檔位規則匹配 {item}（{code}），因此它沒有{book}。請新增規則，例如一條全國預設規則。</translation>
        </message>
        <message>
            <source>{item} / {tier}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{item} / {tier}：{reason}</translation>
        </message>
        <message>
            <source>{count} prices cannot be saved, so nothing was saved:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有 {count} 個價格無法儲存，因此未儲存任何價格：</translation>
        </message>
        <message>
            <source>“{book}” is not a price book; use one of {books}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{book}”不是價格本；請使用 {books} 之一。</translation>
        </message>
        <message>
            <source>{text} is negative; a price cannot be.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{text} 是負數；價格不能為負數。</translation>
        </message>
        <message>
            <source>“{code}” is not a tier code: use 1 to 20 letters A–Z, digits, “-” or “_”.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{code}”不是有效的檔位編碼：請使用 1 到 20 個大寫字母 A–Z、數字、“-”或“_”。</translation>
        </message>
        <message>
            <source>The tier name must not be empty.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位名稱不能為空。</translation>
        </message>
        <message>
            <source>The tier name must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位名稱不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>There is already a tier named {name}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已有名為 {name} 的檔位。</translation>
        </message>
        <message>
            <source>The price tier no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該價格檔位已不存在。</translation>
        </message>
        <message>
            <source>There is already a tier with the code {code}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已有編碼為 {code} 的檔位。</translation>
        </message>
        <message>
            <source>The tiers were changed by someone else. Reload and try again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位已被他人修改。請重新載入後再試。</translation>
        </message>
        <message>
            <source>the item or the tier no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該專案或檔位已不存在。</translation>
        </message>
        <message>
            <source>a price effective from {date} exists already and is in force; prices in force are never rewritten, save from a later date.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已有自 {date} 起生效且正在執行的價格；生效的價格不會被改寫，請選擇更晚的生效日期儲存。</translation>
        </message>
        <message>
            <source>a price in force cannot be removed, only replaced by a new price.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>生效的價格不能刪除，只能用新價格替換。</translation>
        </message>
        <message>
            <source>Someone else saved prices effective from {date} at the same time; nothing was saved. Reload and try again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>他人同時儲存了自 {date} 起生效的價格；未儲存任何內容。請重新載入後再試。</translation>
        </message>
        <message>
            <source>“{text}” is longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”超過了 {n} 個字元。</translation>
        </message>
        <message>
            <source>Choose the price tier the rule gives.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇該規則給出的價格檔位。</translation>
        </message>
        <message>
            <source>“{code}” is not a catalog category code.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{code}”不是專案類別編碼。</translation>
        </message>
        <message>
            <source>The complexity level must be a whole number from {low} to {high}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度必須是 {low} 到 {high} 之間的整數。</translation>
        </message>
        <message>
            <source>The priority must be a whole number from {low} to {high}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>優先順序必須是 {low} 到 {high} 之間的整數。</translation>
        </message>
        <message>
            <source>The tier rule no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該檔位規則已不存在。</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法讀取 {file}：{reason}</translation>
        </message>
        <message>
            <source>{file} is not valid JSON (line:column {where}).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{file} 不是有效的 JSON（行:列 {where}）。</translation>
        </message>
        <message>
            <source>{user} is not linked to an installer.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{user} 沒有關聯安裝師傅。</translation>
        </message>
        <message>
            <source>The installer does not exist.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該安裝師傅不存在。</translation>
        </message>
        <message>
            <source>The value shown is masked; enter the full number or leave it unchanged.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示的是隱藏後的號碼；請輸入完整號碼，或保持不變。</translation>
        </message>
        <message>
            <source>The ID number “{number}” has {n} characters; a resident ID number has 18.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>身份證號“{number}”有 {n} 位；居民身份證號碼應為 18 位。</translation>
        </message>
        <message>
            <source>The ID number “{number}” may only contain digits, with an X allowed as the last character.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>身份證號“{number}”只能包含數字，最後一位可以是 X。</translation>
        </message>
        <message>
            <source>The ID number “{number}” contains the birth date {date}, which is not a possible date.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>身份證號“{number}”中的出生日期 {date} 不是有效日期。</translation>
        </message>
        <message>
            <source>The ID number “{number}” is not valid: its last character (the check digit) does not fit the other 17 digits. One of them is probably mistyped.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>身份證號“{number}”無效：最後一位（校驗碼）與前 17 位不符，可能有數字輸錯。</translation>
        </message>
        <message>
            <source>The bank account “{account}” may only contain digits (spaces are allowed).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銀行賬號“{account}”只能包含數字（可以有空格）。</translation>
        </message>
        <message>
            <source>The bank account “{account}” has {n} digits; an account number has {low} to {high}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銀行賬號“{account}”有 {n} 位；賬號應為 {low} 到 {high} 位。</translation>
        </message>
        <message>
            <source>“{tax_id}” is not a tax ID: enter the 18-character unified social credit code (统一社会信用代码).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{tax_id}”不是有效的稅號：請輸入 18 位統一社會信用程式碼。</translation>
        </message>
        <message>
            <source>“{code}” is not a valid code: use up to 20 letters, digits, “-”, “_” and “.”, starting with a letter or digit.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{code}”不是有效的編碼：最多 20 個字母、數字、“-”、“_”和“.”，且以字母或數字開頭。</translation>
        </message>
        <message>
            <source>The contact person must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>聯絡人不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>The bank name must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開戶銀行不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>The account holder must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>戶名不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>Enter the bank (and branch) of the bank account.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請填寫該銀行賬號的開戶銀行（及支行）。</translation>
        </message>
        <message>
            <source>“{mode}” is not a tax setting; use withheld or self_invoice.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{mode}”不是有效的納稅方式；請使用 withheld 或 self_invoice。</translation>
        </message>
        <message>
            <source>{user} works in {scope} only: choose the regions the provider covers inside them.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{user} 只負責 {scope}：請在此範圍內選擇服務商的覆蓋地區。</translation>
        </message>
        <message>
            <source>{regions} lie outside the regions of {user}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{regions} 不在 {user} 的負責地區內。</translation>
        </message>
        <message>
            <source>The provider type no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該服務商型別已不存在。</translation>
        </message>
        <message>
            <source>There is already a provider type named {name}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已存在名為 {name} 的服務商型別。</translation>
        </message>
        <message>
            <source>The provider type {name} cannot be renamed: {count} rules (tier rules, owner rules) match on this name. Change those rules first, or add a new type.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別 {name} 不能重新命名：有 {count} 條規則（檔位規則、歸屬規則）按此名稱匹配。請先修改這些規則，或新增新型別。</translation>
        </message>
        <message>
            <source>The list of provider types was changed by someone else. Reload and try again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別列表已被其他人修改。請重新載入後再試。</translation>
        </message>
        <message>
            <source>Someone else just saved the same value. Reload and try again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>其他人剛剛儲存了相同的值。請重新載入後再試。</translation>
        </message>
        <message>
            <source>The service provider no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該服務商已不存在。</translation>
        </message>
        <message>
            <source>The provider type {name} is inactive and cannot be chosen.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別 {name} 已停用，不能選擇。</translation>
        </message>
        <message>
            <source>The service provider {name} already has the code {code}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商 {name} 已使用編碼 {code}。</translation>
        </message>
        <message>
            <source>The installers {installers} work in regions the provider would no longer cover. Change their regions first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>安裝師傅 {installers} 的工作地區將不再在服務商覆蓋範圍內。請先修改他們的工作地區。</translation>
        </message>
        <message>
            <source>{provider} still has {count} active installers. Deactivate them too, or move them to another provider first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{provider} 仍有 {count} 位在職安裝師傅。請一併停用，或先將他們轉到其他服務商。</translation>
        </message>
        <message>
            <source>The installer no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該安裝師傅已不存在。</translation>
        </message>
        <message>
            <source>The sign-in account no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該登入賬號已不存在。</translation>
        </message>
        <message>
            <source>The account {user} does not have the installer role; only installer accounts can be linked.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>賬號 {user} 沒有“安裝師傅”角色；只能關聯安裝師傅賬號。</translation>
        </message>
        <message>
            <source>The account {user} is already linked to the installer {installer}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>賬號 {user} 已關聯安裝師傅 {installer}。</translation>
        </message>
        <message>
            <source>The installer {installer} already has this ID number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>安裝師傅 {installer} 已使用此身份證號。</translation>
        </message>
        <message>
            <source>The service provider {provider} is inactive; choose an active one.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商 {provider} 已停用，請選擇啟用中的服務商。</translation>
        </message>
        <message>
            <source>{regions} lie outside the regions {provider} covers ({covered}).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{regions} 不在 {provider} 的覆蓋地區（{covered}）內。</translation>
        </message>
        <message>
            <source>The installer {name} already has the code {code}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>安裝師傅 {name} 已使用編碼 {code}。</translation>
        </message>
        <message>
            <source>The service provider {provider} is inactive. Activate it first, or move the installer to another provider.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商 {provider} 已停用。請先啟用該服務商，或將安裝師傅轉到其他服務商。</translation>
        </message>
        <message>
            <source>“{text}” is not a month: write it as YYYY-MM, for example 2026-10.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”不是月份：請寫成 YYYY-MM，例如 2026-10。</translation>
        </message>
        <message>
            <source>Only sales prices change: what installers earn stays.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只改動了銷售價：安裝師傅的結算收入不受影響。</translation>
        </message>
        <message>
            <source>No settlement price changes.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算價沒有變化。</translation>
        </message>
        <message>
            <source>The new prices take effect on {date}, after the period, so as dated they change nothing in it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新價格自 {date} 起生效，晚於該期間，按生效日期計算對該期間沒有影響。</translation>
        </message>
        <message>
            <source>The rule chooses sales prices: what installers earn stays.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該規則用於銷售價：安裝師傅的結算收入不受影響。</translation>
        </message>
        <message>
            <source>The rule starts on {date}, after the period: it changes nothing in it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該規則自 {date} 起生效，晚於該期間：對該期間沒有影響。</translation>
        </message>
        <message>
            <source>Only work in the regions of {user} is counted.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只統計 {user} 所轄地區內的工單。</translation>
        </message>
        <message>
            <source>draft</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>草稿</translation>
        </message>
        <message>
            <source>issued</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已出具</translation>
        </message>
        <message>
            <source>paid</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已付款</translation>
        </message>
        <message>
            <source>void</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已作廢</translation>
        </message>
        <message>
            <source>There is no statement {number}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單 {number} 不存在。</translation>
        </message>
        <message>
            <source>The draft statement of {payee} is out of date: its earnings changed after it was built. Build the statements again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{payee} 的結算單草稿已過期：生成後其收益有變動。請重新生成結算單。</translation>
        </message>
        <message>
            <source>“{kind}” is not a kind of payee; use installer or provider.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{kind}”不是收款方型別，請使用 installer（安裝師傅）或 provider（服務商）。</translation>
        </message>
        <message>
            <source>Statement {number} is {status}; only drafts are issued.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單 {number} 狀態為“{status}”；只有草稿可以出具。</translation>
        </message>
        <message>
            <source>The balance carried into the statement of {payee} was taken by another statement. Build the statements again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{payee} 的上期結轉金額已被另一張結算單使用，請重新生成結算單。</translation>
        </message>
        <message>
            <source>Some of these earnings were settled by statement {number} in the meantime, so nothing was issued. Build the statements again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>其中部分收益已由結算單 {number} 結算，本次未出具任何結算單。請重新生成結算單。</translation>
        </message>
        <message>
            <source>Statement {number} is {status}; only issued statements are paid.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單 {number} 狀態為“{status}”；只有已出具的結算單可以標記付款。</translation>
        </message>
        <message>
            <source>The payment reference is longer than 100 characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>付款憑證號超過 100 個字元。</translation>
        </message>
        <message>
            <source>Statement {number} is {status}; only issued statements are voided.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單 {number} 狀態為“{status}”；只有已出具的結算單可以作廢。</translation>
        </message>
        <message>
            <source>Say why the statement is voided (at most 200 characters).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請填寫作廢原因（最多 200 個字元）。</translation>
        </message>
        <message>
            <source>Statement {taker} carried the balance of {number} forward; void {taker} first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單 {taker} 已結轉了 {number} 的餘額，請先作廢 {taker}。</translation>
        </message>
        <message>
            <source>Only a voided statement is amended; void {number} first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只有已作廢的結算單可以更正，請先作廢 {number}。</translation>
        </message>
        <message>
            <source>Statement {number} already has an amendment ({amendment}).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單 {number} 已有更正單（{amendment}）。</translation>
        </message>
        <message>
            <source>a draft</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>是草稿</translation>
        </message>
        <message>
            <source>Nothing is left to settle for {payee} in this period.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{payee} 在本期已沒有待結算的收益。</translation>
        </message>
        <message>
            <source>assigned</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已派單</translation>
        </message>
        <message>
            <source>in progress</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>施工中</translation>
        </message>
        <message>
            <source>completed</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已完工</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已取消</translation>
        </message>
        <message>
            <source>bonus</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>獎勵</translation>
        </message>
        <message>
            <source>deduction</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>扣款</translation>
        </message>
        <message>
            <source>correction</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>更正</translation>
        </message>
        <message>
            <source>other</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>其他</translation>
        </message>
        <message>
            <source>service address</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務地址</translation>
        </message>
        <message>
            <source>line note</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>明細備註</translation>
        </message>
        <message>
            <source>notes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備註</translation>
        </message>
        <message>
            <source>reason</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>原因</translation>
        </message>
        <message>
            <source>scenario</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>場景</translation>
        </message>
        <message>
            <source>No work order was completed; {count} cannot be: {problems}{more}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單均未完工：有 {count} 張無法完工：{problems}{more}</translation>
        </message>
        <message>
            <source>There is no work order {number}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 不存在。</translation>
        </message>
        <message>
            <source>The {field} is longer than {limit} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{field}超過 {limit} 個字元。</translation>
        </message>
        <message>
            <source>The complexity must be between {low} and {high}, not {value}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度必須在 {low} 到 {high} 之間，不能是 {value}。</translation>
        </message>
        <message>
            <source>Choose the service provider before the crew.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請先選擇服務商，再選擇施工人員。</translation>
        </message>
        <message>
            <source>Crew member {row} is not an installer.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {row} 位施工人員不是安裝師傅。</translation>
        </message>
        <message>
            <source>{name} is in the crew twice.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name} 在施工人員中出現了兩次。</translation>
        </message>
        <message>
            <source>{name} does not work for {provider}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name} 不屬於服務商 {provider}。</translation>
        </message>
        <message>
            <source>The share of {name} must be more than 0 and at most 100 percent, with two decimals.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name} 的分成比例必須大於 0、不超過 100%，最多兩位小數。</translation>
        </message>
        <message>
            <source>The crew's shares add up to {sum}%, not 100%.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>施工人員分成比例合計為 {sum}%，不是 100%。</translation>
        </message>
        <message>
            <source>Line {row} has no catalog item.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {row} 行沒有選擇專案或備件。</translation>
        </message>
        <message>
            <source>Line {row}: {item} ({code}) is inactive and cannot be added.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {row} 行：{item}（{code}）已停用，不能新增。</translation>
        </message>
        <message>
            <source>Adjustment {row}: “{kind}” is not a kind of adjustment.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {row} 條調整：“{kind}”不是有效的調整型別。</translation>
        </message>
        <message>
            <source>Adjustment {row} has no amount.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {row} 條調整沒有金額。</translation>
        </message>
        <message>
            <source>Adjustment {row}: a bonus is a positive amount.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {row} 條調整：獎勵金額必須為正數。</translation>
        </message>
        <message>
            <source>Adjustment {row}: a deduction is a negative amount.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {row} 條調整：扣款金額必須為負數。</translation>
        </message>
        <message>
            <source>Adjustment {row} needs a reason.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {row} 條調整需要填寫原因。</translation>
        </message>
        <message>
            <source>Adjustment {row}: the work order has no crew to pay it to.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {row} 條調整：工單沒有施工人員，無法計入。</translation>
        </message>
        <message>
            <source>Adjustment {row} is for an installer who is not in the crew.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {row} 條調整對應的師傅不在施工人員中。</translation>
        </message>
        <message>
            <source>Choose the customer.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇客戶。</translation>
        </message>
        <message>
            <source>The service provider does not exist.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該服務商不存在。</translation>
        </message>
        <message>
            <source>The service provider {name} is inactive.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商 {name} 已停用。</translation>
        </message>
        <message>
            <source>Work order {number} is {status} and cannot be changed.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 狀態為“{status}”，不能修改。</translation>
        </message>
        <message>
            <source>Work order {number} cannot go from {current} to {target}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 不能從“{current}”變為“{target}”。</translation>
        </message>
        <message>
            <source>Work order {number} has no service provider.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 沒有服務商。</translation>
        </message>
        <message>
            <source>Work order {number} has no crew.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 沒有施工人員。</translation>
        </message>
        <message>
            <source>Say why the work order is cancelled.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請填寫取消工單的原因。</translation>
        </message>
        <message>
            <source>it is {status}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態為“{status}”。</translation>
        </message>
        <message>
            <source>it was changed by someone else; reload it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已被他人修改，請重新載入。</translation>
        </message>
        <message>
            <source>it has no service provider.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有服務商。</translation>
        </message>
        <message>
            <source>it has no crew.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有施工人員。</translation>
        </message>
        <message>
            <source>it has no lines.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有服務明細。</translation>
        </message>
        <message>
            <source>Some work orders were changed by someone else; reload them.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>部分工單已被他人修改，請重新載入。</translation>
        </message>
        <message>
            <source>Work order {number} is {status}; only completed work orders are reopened.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 狀態為“{status}”；只有已完工的工單可以重新開啟。</translation>
        </message>
        <message>
            <source>Say why the work order is reopened.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請填寫重新開啟工單的原因。</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{path}：{problem}</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此項必填。</translation>
        </message>
        <message>
            <source>Expected text or a number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>應為文字或數字。</translation>
        </message>
        <message>
            <source>“{text}” is not a date (YYYY-MM-DD).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Expected a list.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>應為列表。</translation>
        </message>
        <message>
            <source>There is no {what} with the code {code}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有編碼為 {code} 的{what}。</translation>
        </message>
        <message>
            <source>Expected an object.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>應為物件。</translation>
        </message>
        <message>
            <source>No customer has this phone number or id.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有客戶使用這個電話號碼或編號。</translation>
        </message>
        <message>
            <source>service provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商</translation>
        </message>
        <message>
            <source>installer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>安裝師傅</translation>
        </message>
        <message>
            <source>“{text}” is not a percentage.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”不是百分比。</translation>
        </message>
        <message>
            <source>service package</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務包</translation>
        </message>
        <message>
            <source>catalog item</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案或備件</translation>
        </message>
        <message>
            <source>{code} is not in the crew.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{code} 不在施工人員中。</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”不是整數。</translation>
        </message>
        <message>
            <source>A new work order is draft, assigned or in_progress.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新工單的狀態只能是 draft、assigned 或 in_progress。</translation>
        </message>
        <message>
            <source>The font for printing statements is missing or damaged: {path}. Reinstall SCRM Desktop.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>列印結算單所需的字型缺失或已損壞：{path}。請重新安裝 SCRM Desktop。</translation>
        </message>
        <message>
            <source>This statement was saved in a newer format ({schema}) than this version of SCRM Desktop can print. Update the program.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此結算單以較新的格式（{schema}）儲存，當前版本的 SCRM Desktop 無法列印。請升級程式。</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法寫入 {path}：{reason}</translation>
        </message>
        <message>
            <source>The BPMN file is larger than {limit} MB.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>BPMN 檔案超過 {limit} MB。</translation>
        </message>
        <message>
            <source>The BPMN file nests elements more than {limit} levels deep.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>BPMN 檔案的元素巢狀超過 {limit} 層。</translation>
        </message>
        <message>
            <source>The BPMN file has more than {limit} XML elements.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>BPMN 檔案的 XML 元素超過 {limit} 個。</translation>
        </message>
        <message>
            <source>The file contains a DOCTYPE declaration or entities, which BPMN files may not have; it was not read.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案包含 DOCTYPE 宣告或實體，BPMN 檔案不允許包含這些內容，未讀取該檔案。</translation>
        </message>
        <message>
            <source>The file is not well-formed XML: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案不是格式正確的 XML：{reason}</translation>
        </message>
        <message>
            <source>Node id '{id}' is not a valid id.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點標識“{id}”無效。</translation>
        </message>
        <message>
            <source>Edge id '{id}' is not a valid id.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線標識“{id}”無效。</translation>
        </message>
        <message>
            <source>A node and an edge share the id '{id}'; BPMN needs unique ids.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點和連線使用了相同的標識“{id}”，BPMN 要求標識唯一。</translation>
        </message>
        <message>
            <source>The file is not BPMN 2.0 XML (its root element is {element}).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案不是 BPMN 2.0 XML（根元素為 {element}）。</translation>
        </message>
        <message>
            <source>The BPMN file contains no process.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>BPMN 檔案中沒有流程（process）。</translation>
        </message>
        <message>
            <source>The file has {count} processes or pools; only '{name}' was imported.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案包含 {count} 個流程或泳池，只匯入了“{name}”。</translation>
        </message>
        <message>
            <source>Id '{id}' appears twice; the second element was ignored.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標識“{id}”出現了兩次，已忽略第二個元素。</translation>
        </message>
        <message>
            <source>Id '{id}' is not a valid id; it was replaced by '{new}'.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標識“{id}”無效，已替換為“{new}”。</translation>
        </message>
        <message>
            <source>A workflow may have at most {limit} nodes.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>一個流程最多只能有 {limit} 個節點。</translation>
        </message>
        <message>
            <source>Node {id}: {feature} is not supported and was ignored.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {id}：不支援 {feature}，已忽略。</translation>
        </message>
        <message>
            <source>Node {id}: the {element} was imported as an exclusive gateway; check its conditions.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {id}：{element} 已匯入為排他閘道器，請檢查其條件。</translation>
        </message>
        <message>
            <source>Node {id}: cannot represent {element}; imported as a manual task needing an assignee.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {id}：無法表示 {element}，已匯入為需要指定處理人的人工任務。</translation>
        </message>
        <message>
            <source>Edge {id}: it refers to a node that does not exist ({ref}); it was dropped.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線 {id}：引用了不存在的節點（{ref}），已丟棄。</translation>
        </message>
        <message>
            <source>Edge {id}: condition in {language} needs review.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線 {id}：{language} 寫的條件需要人工複核。</translation>
        </message>
        <message>
            <source>Node {id}: the boundary event on {attached} was removed with its outgoing flows.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {id}：附加在 {attached} 上的邊界事件及其流出連線已刪除。</translation>
        </message>
        <message>
            <source>The process has {count} start events; only the first ({id}) was kept.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程有 {count} 個開始事件，只保留了第一個（{id}）。</translation>
        </message>
        <message>
            <source>Node {id}: the parallel gateway both joins and splits; it was imported as a split.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {id}：該並行閘道器既匯合又分支，已匯入為並行分支。</translation>
        </message>
        <message>
            <source>Node {id}: the {element} was removed and its incoming and outgoing flows were joined.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {id}：{element} 已刪除，其流入和流出連線已直接相連。</translation>
        </message>
        <message>
            <source>Node {id}: the gateway only merges flows; it was removed and its incoming flows now lead to {target}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {id}：該閘道器只用於匯合，已刪除，其流入連線現在直接指向 {target}。</translation>
        </message>
        <message>
            <source>Nested lanes were flattened into stages.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>巢狀的泳道已展平為階段。</translation>
        </message>
        <message>
            <source>The file has no layout; the workflow was laid out automatically.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案沒有圖形佈局，已自動排列流程。</translation>
        </message>
        <message>
            <source>Nodes without a layout ({count}) were placed automatically below the others.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有佈局的節點（{count} 個）已自動放置在其他節點下方。</translation>
        </message>
        <message>
            <source>number</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數字</translation>
        </message>
        <message>
            <source>text</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>文字</translation>
        </message>
        <message>
            <source>date</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期</translation>
        </message>
        <message>
            <source>yes-no</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>是/否</translation>
        </message>
        <message>
            <source>empty</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>空值</translation>
        </message>
        <message>
            <source>list</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>列表</translation>
        </message>
        <message>
            <source>text or list</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>文字或列表</translation>
        </message>
        <message>
            <source>attribute access</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>屬性訪問</translation>
        </message>
        <message>
            <source>subscript</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>下標</translation>
        </message>
        <message>
            <source>slice</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>切片</translation>
        </message>
        <message>
            <source>lambda</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>lambda 表示式</translation>
        </message>
        <message>
            <source>comprehension</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>推導式</translation>
        </message>
        <message>
            <source>generator expression</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>生成器表示式</translation>
        </message>
        <message>
            <source>f-string</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>f 字串</translation>
        </message>
        <message>
            <source>unpacking (*)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>解包（*）</translation>
        </message>
        <message>
            <source>assignment expression (:=)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>賦值表示式（:=）</translation>
        </message>
        <message>
            <source>await</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>await</translation>
        </message>
        <message>
            <source>yield</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>yield</translation>
        </message>
        <message>
            <source>dictionary</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>字典</translation>
        </message>
        <message>
            <source>set</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>集合</translation>
        </message>
        <message>
            <source>keyword argument</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>關鍵字引數</translation>
        </message>
        <message>
            <source>keyword unpacking (**)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>關鍵字解包（**）</translation>
        </message>
        <message>
            <source>call of a computed value</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>呼叫計算出的值</translation>
        </message>
        <message>
            <source>bytes literal</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>位元組串字面量</translation>
        </message>
        <message>
            <source>imaginary number</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>虛數</translation>
        </message>
        <message>
            <source>ellipsis (...)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>省略號（...）</translation>
        </message>
        <message>
            <source>Expression must be text, not {type}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式必須是文字，而不是 {type}</translation>
        </message>
        <message>
            <source>Expression: longer than {limit} characters</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：超過 {limit} 個字元</translation>
        </message>
        <message>
            <source>Expression is empty</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式為空</translation>
        </message>
        <message>
            <source>Expression: too complex (more than {limit} parts)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：過於複雜（超過 {limit} 個組成部分）</translation>
        </message>
        <message>
            <source>Expression: nested more than {limit} levels deep</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：巢狀超過 {limit} 層</translation>
        </message>
        <message>
            <source>Expression syntax error at column {column}: {detail}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式第 {column} 列有語法錯誤：{detail}</translation>
        </message>
        <message>
            <source>Expression: {construct} is not allowed</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：不允許使用{construct}</translation>
        </message>
        <message>
            <source>Expression: the operator '{operator}' is not allowed</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：不允許使用運算子“{operator}”</translation>
        </message>
        <message>
            <source>Expression: the number {number} is too large</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：數字 {number} 太大</translation>
        </message>
        <message>
            <source>Expression: function call to '{name}' is not allowed (allowed: {allowed})</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：不允許呼叫函式“{name}”（可用：{allowed}）</translation>
        </message>
        <message>
            <source>Expression: {name}() takes at least {least} argument(s), not {count}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：{name}() 至少需要 {least} 個引數，而不是 {count} 個</translation>
        </message>
        <message>
            <source>Expression: {name}() takes {least} argument(s), not {count}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：{name}() 需要 {least} 個引數，而不是 {count} 個</translation>
        </message>
        <message>
            <source>Expression: {name}() takes {least} to {most} argument(s), not {count}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：{name}() 需要 {least} 到 {most} 個引數，而不是 {count} 個</translation>
        </message>
        <message>
            <source>Expression: result too large</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：結果太大</translation>
        </message>
        <message>
            <source>is not a finite number of at most 30 digits</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不是最多 30 位整數的有限數字</translation>
        </message>
        <message>
            <source>has an unsupported type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>的型別不受支援</translation>
        </message>
        <message>
            <source>Expression: unknown name '{name}'</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：未知名稱“{name}”</translation>
        </message>
        <message>
            <source>Expression: the value of '{name}' ({type}) {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：“{name}”的值（{type}）{reason}</translation>
        </message>
        <message>
            <source>Expression: too complex to evaluate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：過於複雜，無法計算</translation>
        </message>
        <message>
            <source>Expression: cannot compare {left} with {right} using '{op}'</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：不能用“{op}”比較{left}和{right}</translation>
        </message>
        <message>
            <source>Expression: cannot use '{op}' on {left} and {right}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：不能對{left}和{right}使用“{op}”</translation>
        </message>
        <message>
            <source>Expression: division by zero</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：除數為零</translation>
        </message>
        <message>
            <source>Expression: the text result would be longer than {limit} characters</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：文字結果將超過 {limit} 個字元</translation>
        </message>
        <message>
            <source>Expression: the exponent must be a whole number from 0 to {limit}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：指數必須是 0 到 {limit} 之間的整數</translation>
        </message>
        <message>
            <source>Expression: cannot use '{op}' on {operand}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：不能對{operand}使用“{op}”</translation>
        </message>
        <message>
            <source>Expression: {name}() needs {expected}, not {actual}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：{name}() 需要{expected}，而不是{actual}</translation>
        </message>
        <message>
            <source>Expression: {name}() of an empty list</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：不能對空列表使用 {name}()</translation>
        </message>
        <message>
            <source>Expression: the digits of round() must be a whole number from {low} to {high}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：round() 的位數必須是 {low} 到 {high} 之間的整數</translation>
        </message>
        <message>
            <source>Expression: '{text}' is not a number</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表示式：“{text}”不是數字</translation>
        </message>
        <message>
            <source>Condition: too complex to write as an expression: {error}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件：過於複雜，無法寫成表示式：{error}</translation>
        </message>
        <message>
            <source>Condition: expected a mapping with 'all', 'any', 'not', 'expr' or 'field', not {type}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件：應為包含 'all'、'any'、'not'、'expr' 或 'field' 的對映，而不是 {type}</translation>
        </message>
        <message>
            <source>Condition: unexpected key '{key}'</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件：多餘的鍵“{key}”</translation>
        </message>
        <message>
            <source>Condition: nested more than {limit} levels deep</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件：巢狀超過 {limit} 層</translation>
        </message>
        <message>
            <source>Condition: '{key}' needs a list of conditions</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件：“{key}”需要一個條件列表</translation>
        </message>
        <message>
            <source>Condition: more than {limit} comparisons</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件：比較超過 {limit} 個</translation>
        </message>
        <message>
            <source>Condition: 'expr' needs text</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件：“expr”需要文字</translation>
        </message>
        <message>
            <source>Condition: missing '{key}'</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件：缺少“{key}”</translation>
        </message>
        <message>
            <source>Condition: '{name}' is not a valid field name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件：“{name}”不是有效的欄位名</translation>
        </message>
        <message>
            <source>Condition: unknown operator '{op}' (allowed: {allowed})</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件：未知運算子“{op}”（可用：{allowed}）</translation>
        </message>
        <message>
            <source>Condition: '{op}' takes no value</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件：“{op}”不需要值</translation>
        </message>
        <message>
            <source>Condition: '{op}' needs a list of values</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件：“{op}”需要一個值列表</translation>
        </message>
        <message>
            <source>Condition: {value} is not a valid value for '{op}'</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件：{value} 不是“{op}”的有效值</translation>
        </message>
        <message>
            <source>“{text}” is not a time of day; write it as HH:MM, for example 09:00.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”不是時刻，請按 HH:MM 填寫，例如 09:00。</translation>
        </message>
        <message>
            <source>The working day must end after it starts.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工作日的下班時間必須晚於上班時間。</translation>
        </message>
        <message>
            <source>Give both the start and the end of the lunch break, or neither.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>午休的開始和結束時間要麼都填，要麼都不填。</translation>
        </message>
        <message>
            <source>The lunch break must start after the working day starts and end before it ends.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>午休必須在上班之後開始、在下班之前結束。</translation>
        </message>
        <message>
            <source>Choose at least one working weekday.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請至少選擇一個工作日（星期幾）。</translation>
        </message>
        <message>
            <source>“{zone}” is not a time zone (for example Asia/Shanghai).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{zone}”不是時區（例如 Asia/Shanghai）。</translation>
        </message>
        <message>
            <source>The work calendar</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工作日曆</translation>
        </message>
        <message>
            <source>Choose a date.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇日期。</translation>
        </message>
        <message>
            <source>The note must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備註不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>The workflow has no node {node}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程中沒有節點 {node}。</translation>
        </message>
        <message>
            <source>The workflow has no start node.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程沒有開始節點。</translation>
        </message>
        <message>
            <source>No matching path at gateway {name} for work order {number}: no condition is true and there is no default.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 在閘道器“{name}”處沒有可走的路徑：沒有條件成立，也沒有預設路徑。</translation>
        </message>
        <message>
            <source>Work order {number} went through more than {limit} automatic steps at {name}: the workflow loops without a task or approval.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 在“{name}”處連續經過了超過 {limit} 個自動節點：流程在沒有任務或審批的情況下迴圈。</translation>
        </message>
        <message>
            <source>Gateway {name} for work order {number}: {problem}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 的閘道器“{name}”：{problem}</translation>
        </message>
        <message>
            <source>Work order {number} is not at {name} (any more). Reload and try again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 已不在“{name}”環節。請重新整理後重試。</translation>
        </message>
        <message>
            <source>{user} may not act on {name} of work order {number}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{user} 無權處理工單 {number} 的“{name}”環節。</translation>
        </message>
        <message>
            <source>{name} of work order {number} has no earlier step to send the work back to.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 的“{name}”之前沒有可退回的環節。</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not an amount.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：“{value}”不是金額。</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not an amount with at most two decimals.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：“{value}”不是最多兩位小數的金額。</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not a number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：“{value}”不是數字。</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not a date (YYYY-MM-DD).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：“{value}”不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>{label}: answer yes or no.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：請選擇是或否。</translation>
        </message>
        <message>
            <source>{label}: text expected.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：應填寫文字。</translation>
        </message>
        <message>
            <source>Text</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單行文字</translation>
        </message>
        <message>
            <source>Multi-line text</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>多行文字</translation>
        </message>
        <message>
            <source>Number</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數字</translation>
        </message>
        <message>
            <source>Money</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>金額</translation>
        </message>
        <message>
            <source>Date</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期時間</translation>
        </message>
        <message>
            <source>Single select</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單選</translation>
        </message>
        <message>
            <source>Multi select</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>多選</translation>
        </message>
        <message>
            <source>Region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區</translation>
        </message>
        <message>
            <source>Customer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶</translation>
        </message>
        <message>
            <source>User</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Catalog lines</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案/備件明細</translation>
        </message>
        <message>
            <source>Photo</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>照片</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>附件</translation>
        </message>
        <message>
            <source>Signature</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>簽名</translation>
        </message>
        <message>
            <source>Checkbox</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>勾選框</translation>
        </message>
        <message>
            <source>Computed</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>計算欄位</translation>
        </message>
        <message>
            <source>Form field #{index} must be a JSON object.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單第 {index} 個欄位必須是 JSON 物件。</translation>
        </message>
        <message>
            <source>true or false</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>true 或 false</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>整數</translation>
        </message>
        <message>
            <source>a list of texts</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>文字列表</translation>
        </message>
        <message>
            <source>a condition (a JSON object)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件（JSON 物件）</translation>
        </message>
        <message>
            <source>a number or a date as text</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>以文字表示的數字或日期</translation>
        </message>
        <message>
            <source>Form field #{index} ({key}): '{property}' must be {kind}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單第 {index} 個欄位（{key}）：“{property}”必須是{kind}。</translation>
        </message>
        <message>
            <source>A form must be a JSON object.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單必須是 JSON 物件。</translation>
        </message>
        <message>
            <source>A form's 'fields' must be a list of fields.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單的“fields”必須是欄位列表。</translation>
        </message>
        <message>
            <source>Field key {key} appears twice.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位鍵 {key} 重複出現。</translation>
        </message>
        <message>
            <source>A form's 'rows' must be a list of lists of field keys.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單的“rows”必須是由欄位鍵列表組成的列表。</translation>
        </message>
        <message>
            <source>A form may have at most {limit} fields.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>一個表單最多只能有 {limit} 個欄位。</translation>
        </message>
        <message>
            <source>The form has no fields.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單還沒有欄位。</translation>
        </message>
        <message>
            <source>Row {index} is empty.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {index} 行是空的。</translation>
        </message>
        <message>
            <source>Row {index} holds more than {limit} fields.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {index} 行的欄位超過 {limit} 個。</translation>
        </message>
        <message>
            <source>Row {index} names a field '{key}' the form does not have.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {index} 行引用了表單中不存在的欄位“{key}”。</translation>
        </message>
        <message>
            <source>Field {label} is placed in more than one row.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label} 被放在了多行中。</translation>
        </message>
        <message>
            <source>Row {index}: its fields span {count} columns; a row has {limit}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {index} 行：欄位共佔 {count} 列，而一行只有 {limit} 列。</translation>
        </message>
        <message>
            <source>Field {label} is in no row.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label} 不在任何一行中。</translation>
        </message>
        <message>
            <source>Field key '{key}' is not valid: use 1 to 40 letters, digits or '_', starting with a letter.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位鍵“{key}”無效：請使用 1 到 40 個字母、數字或“_”，並以字母開頭。</translation>
        </message>
        <message>
            <source>Field {label}: unknown type '{type}'.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：未知型別“{type}”。</translation>
        </message>
        <message>
            <source>Field {label} has no label.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label} 沒有標籤。</translation>
        </message>
        <message>
            <source>Field {label}: the {property} is longer than {limit} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：{property}超過 {limit} 個字元。</translation>
        </message>
        <message>
            <source>Field {label}: the width must be from 1 to {limit} columns.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：寬度必須為 1 到 {limit} 列。</translation>
        </message>
        <message>
            <source>label</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標籤</translation>
        </message>
        <message>
            <source>help text</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>幫助說明</translation>
        </message>
        <message>
            <source>placeholder</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>佔位提示</translation>
        </message>
        <message>
            <source>minimum</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最小值</translation>
        </message>
        <message>
            <source>maximum</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最大值</translation>
        </message>
        <message>
            <source>minimum length</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最短長度</translation>
        </message>
        <message>
            <source>maximum length</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最長長度</translation>
        </message>
        <message>
            <source>pattern</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>格式（正規表示式）</translation>
        </message>
        <message>
            <source>decimal places</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>小數位數</translation>
        </message>
        <message>
            <source>options</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選項</translation>
        </message>
        <message>
            <source>formula</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>公式</translation>
        </message>
        <message>
            <source>number of files</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案數</translation>
        </message>
        <message>
            <source>Field {label}: the {property} does nothing for a field of type {type}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：{property}對“{type}”型別的欄位不起作用。</translation>
        </message>
        <message>
            <source>Field {label}: a computed field cannot be required.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：計算欄位不能設為必填。</translation>
        </message>
        <message>
            <source>Field {label}: a select needs at least one option.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：選擇欄位至少需要一個選項。</translation>
        </message>
        <message>
            <source>Field {label}: at most {limit} options.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：最多 {limit} 個選項。</translation>
        </message>
        <message>
            <source>Field {label}: an option is empty or starts or ends with a space.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：有選項為空，或以空格開頭或結尾。</translation>
        </message>
        <message>
            <source>Field {label}: option '{option}' is longer than {limit} characters or unreadable.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：選項“{option}”超過 {limit} 個字元或包含無法識別的字元。</translation>
        </message>
        <message>
            <source>Field {label}: option '{option}' appears twice.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：選項“{option}”重複出現。</translation>
        </message>
        <message>
            <source>Field {label}: the minimum is larger than the maximum.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：最小值大於最大值。</translation>
        </message>
        <message>
            <source>a number such as 10 or 2.5</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數字，例如 10 或 2.5</translation>
        </message>
        <message>
            <source>an amount such as 100 or 99.90</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>金額，例如 100 或 99.90</translation>
        </message>
        <message>
            <source>a date such as 2025-01-31</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期，例如 2025-01-31</translation>
        </message>
        <message>
            <source>a date and time such as 2025-01-31T14:30:00+08:00</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期時間，例如 2025-01-31T14:30:00+08:00</translation>
        </message>
        <message>
            <source>Field {label}: the {property} must be {format}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：{property}必須是{format}。</translation>
        </message>
        <message>
            <source>Field {label}: the {property} must be from 0 to {limit}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：{property}必須為 0 到 {limit}。</translation>
        </message>
        <message>
            <source>Field {label}: the minimum length is larger than the maximum.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：最短長度大於最長長度。</translation>
        </message>
        <message>
            <source>Field {label}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：{reason}</translation>
        </message>
        <message>
            <source>Field {label}: the decimal places must be from 0 to {limit}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：小數位數必須為 0 到 {limit}。</translation>
        </message>
        <message>
            <source>Field {label}: the number of files must be from 1 to {limit}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：檔案數必須為 1 到 {limit}。</translation>
        </message>
        <message>
            <source>Field {label}: a computed field needs a formula.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：計算欄位需要公式。</translation>
        </message>
        <message>
            <source>Field {label}: the formula: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：公式：{reason}</translation>
        </message>
        <message>
            <source>Field {label}: the formula reads '{name}', which is not another field of this form.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：公式讀取了“{name}”，它不是本表單的其他欄位。</translation>
        </message>
        <message>
            <source>visibility rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示規則</translation>
        </message>
        <message>
            <source>required-when rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>必填規則</translation>
        </message>
        <message>
            <source>Field {label}: the {rule}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：{rule}：{reason}</translation>
        </message>
        <message>
            <source>Field {label}: the {rule} reads '{name}', which is not another field of this form.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：{rule}讀取了“{name}”，它不是本表單的其他欄位。</translation>
        </message>
        <message>
            <source>Field {label}: a field of type {type} cannot have a default value.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：“{type}”型別的欄位不能有預設值。</translation>
        </message>
        <message>
            <source>Field {label}: the default value is not valid: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {label}：預設值無效：{reason}</translation>
        </message>
        <message>
            <source>Fields {fields} depend on each other in a circle (through formulas or visibility rules).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位 {fields} 透過公式或顯示規則形成了迴圈依賴。</translation>
        </message>
        <message>
            <source>the pattern is longer than {limit} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>格式超過 {limit} 個字元。</translation>
        </message>
        <message>
            <source>the pattern is not a valid regular expression: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>格式不是有效的正規表示式：{reason}</translation>
        </message>
        <message>
            <source>the pattern repeats a group that itself repeats (like (a+)+), which can take practically forever to check; simplify it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>格式中重複了一個本身就會重複的分組（如 (a+)+），檢查時可能幾乎永遠無法結束；請簡化。</translation>
        </message>
        <message>
            <source>{label}: expected text.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：應為文字。</translation>
        </message>
        <message>
            <source>{label}: at most {limit} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：最多 {limit} 個字元。</translation>
        </message>
        <message>
            <source>{label}: contains a character that cannot be stored.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：包含無法儲存的字元。</translation>
        </message>
        <message>
            <source>{label}: at least {limit} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：至少 {limit} 個字元。</translation>
        </message>
        <message>
            <source>{label}: not in the required format.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：格式不符合要求。</translation>
        </message>
        <message>
            <source>{label}: {value} is less than the minimum {limit}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：{value} 小於最小值 {limit}。</translation>
        </message>
        <message>
            <source>{label}: {value} is more than the maximum {limit}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：{value} 大於最大值 {limit}。</translation>
        </message>
        <message>
            <source>{label}: not a number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：不是數字。</translation>
        </message>
        <message>
            <source>{label}: at most {places} decimal places.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：最多 {places} 位小數。</translation>
        </message>
        <message>
            <source>{label}: the amount is too large.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：金額過大。</translation>
        </message>
        <message>
            <source>{label}: the number has more than {limit} digits before the point.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：數字的整數部分超過 {limit} 位。</translation>
        </message>
        <message>
            <source>{label}: not a date (use YYYY-MM-DD).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：不是日期（請使用 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>{label}: not a date and time (use 2025-01-31T14:30:00+08:00).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：不是日期時間（請使用 2025-01-31T14:30:00+08:00）。</translation>
        </message>
        <message>
            <source>{label}: the time needs its UTC offset, such as +08:00.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：時間需要帶 UTC 時差，例如 +08:00。</translation>
        </message>
        <message>
            <source>{label}: '{value}' is not one of the options.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：“{value}”不是可選項之一。</translation>
        </message>
        <message>
            <source>{label}: expected a list of options.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：應為選項列表。</translation>
        </message>
        <message>
            <source>{label}: '{value}' is chosen twice.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：“{value}”被重複選擇。</translation>
        </message>
        <message>
            <source>{label}: expected yes or no (true or false).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：應為是或否（true 或 false）。</translation>
        </message>
        <message>
            <source>{label}: '{value}' is not a region code (6 digits).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：“{value}”不是地區程式碼（6 位數字）。</translation>
        </message>
        <message>
            <source>{label}: '{value}' is not a valid id.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：“{value}”不是有效的 ID。</translation>
        </message>
        <message>
            <source>{label}: expected a list of lines.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：應為明細行列表。</translation>
        </message>
        <message>
            <source>{label}: at most {limit} lines.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：最多 {limit} 行。</translation>
        </message>
        <message>
            <source>{label}, line {line}: expected an item and a quantity.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}，第 {line} 行：應包含專案和數量。</translation>
        </message>
        <message>
            <source>{label}, line {line}: the item is missing.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}，第 {line} 行：缺少專案。</translation>
        </message>
        <message>
            <source>{label}, line {line}: '{item}' is not an item code.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}，第 {line} 行：“{item}”不是專案編碼。</translation>
        </message>
        <message>
            <source>{label}, line {line}: the quantity is not a number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}，第 {line} 行：數量不是數字。</translation>
        </message>
        <message>
            <source>{label}, line {line}: the quantity must be more than 0.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}，第 {line} 行：數量必須大於 0。</translation>
        </message>
        <message>
            <source>{label}, line {line}: the quantity may have at most {places} decimal places and be at most {limit}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}，第 {line} 行：數量最多 {places} 位小數，且不能超過 {limit}。</translation>
        </message>
        <message>
            <source>{label}: not a stored file.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：不是已儲存的檔案。</translation>
        </message>
        <message>
            <source>{label}, file {index}: not a stored file.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}，第 {index} 個檔案：不是已儲存的檔案。</translation>
        </message>
        <message>
            <source>{label}: expected a list of files.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：應為檔案列表。</translation>
        </message>
        <message>
            <source>{label}: at most {limit} files.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：最多 {limit} 個檔案。</translation>
        </message>
        <message>
            <source>{label}: the file {name} is attached twice.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：檔案 {name} 重複新增。</translation>
        </message>
        <message>
            <source>{label}: this field cannot be filled in.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：此欄位不能填寫。</translation>
        </message>
        <message>
            <source>{label}: the formula cannot be computed: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：公式無法計算：{reason}</translation>
        </message>
        <message>
            <source>{label}: must be ticked.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：必須勾選。</translation>
        </message>
        <message>
            <source>{label}: there is no region {value}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：沒有地區 {value}。</translation>
        </message>
        <message>
            <source>{label}: there is no customer with id {value}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：沒有 ID 為 {value} 的客戶。</translation>
        </message>
        <message>
            <source>{label}: there is no active user with id {value}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：沒有 ID 為 {value} 的在用使用者。</translation>
        </message>
        <message>
            <source>{label}: there is no active catalog item {value}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：沒有在用的專案/備件 {value}。</translation>
        </message>
        <message>
            <source>{label}: the file {name} is not stored.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：檔案 {name} 未儲存。</translation>
        </message>
        <message>
            <source>{label}: the file {name} is not an image.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：檔案 {name} 不是圖片。</translation>
        </message>
        <message>
            <source>{label}: a signature must be a PNG image.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：簽名必須是 PNG 圖片。</translation>
        </message>
        <message>
            <source>The form data must be a JSON object.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單資料必須是 JSON 物件。</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not one of the choices ({choices}).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：“{value}”不是可選項之一（{choices}）。</translation>
        </message>
        <message>
            <source>“{key}” is a field of the work order itself; a step cannot record it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{key}”是工單本身的欄位，流程環節不能填寫它。</translation>
        </message>
        <message>
            <source>{name} records no field “{key}”.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{name}”沒有欄位“{key}”。</translation>
        </message>
        <message>
            <source>{label}: required.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{label}：必填。</translation>
        </message>
        <message>
            <source>Say why: a comment is required to send the work back.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請說明原因：退回時必須填寫意見。</translation>
        </message>
        <message>
            <source>The comment must not be longer than {n} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>意見不能超過 {n} 個字元。</translation>
        </message>
        <message>
            <source>The form {key} this step asks for does not exist.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此步驟要求的表單 {key} 不存在。</translation>
        </message>
        <message>
            <source>Form {form} has no published version; publish it before it can be filled in.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單 {form} 還沒有釋出的版本；釋出後才能填寫。</translation>
        </message>
        <message>
            <source>Work order {number} is completed and its lines are frozen: the catalog lines of the form {form} cannot change them. Reopen the work order first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 已完工，明細已凍結：表單 {form} 的專案明細不能再修改它們。請先重新開啟工單。</translation>
        </message>
        <message>
            <source>Work order {number} is cancelled: its workflow does not move any more.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 已取消：它的流程不再流轉。</translation>
        </message>
        <message>
            <source>The workflow of work order {number} has finished.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 的流程已結束。</translation>
        </message>
        <message>
            <source>{name} is an approval: approve or reject it instead of submitting it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{name}”是審批環節：請審批透過或駁回，而不是提交。</translation>
        </message>
        <message>
            <source>{name} is not a task or an approval.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{name}”不是任務或審批環節。</translation>
        </message>
        <message>
            <source>{name} is a task: submit it instead of approving it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{name}”是任務環節：請提交，而不是審批。</translation>
        </message>
        <message>
            <source>{user} has already approved {name} of work order {number}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{user} 已審批透過工單 {number} 的“{name}”。</translation>
        </message>
        <message>
            <source>Only an approval can be rejected; {name} is not one.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只有審批環節可以駁回；“{name}”不是審批環節。</translation>
        </message>
        <message>
            <source>{name} can only send the work back to: {targets}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{name}”只能退回到：{targets}。</translation>
        </message>
        <message>
            <source>Work order {number} does not follow a workflow.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 沒有關聯流程。</translation>
        </message>
        <message>
            <source>Work order {number} already follows the workflow {name}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number} 已在執行流程“{name}”。</translation>
        </message>
        <message>
            <source>No workflow applies to work order {number}: no active workflow rule with a published workflow matches its region, provider type, scenario and complexity.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有適用於工單 {number} 的流程：沒有已啟用、且流程已釋出的流程規則與其區域、服務商型別、業務場景和複雜度相符。</translation>
        </message>
        <message>
            <source>There is no workflow {key}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有流程 {key}。</translation>
        </message>
        <message>
            <source>Workflow {key} has no published version.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程 {key} 沒有已釋出的版本。</translation>
        </message>
        <message>
            <source>Work order {number}: {problem}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number}：{problem}</translation>
        </message>
        <message>
            <source>A workflow must be a JSON object.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程必須是一個 JSON 物件。</translation>
        </message>
        <message>
            <source>Node id {id} appears twice.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 ID {id} 出現了兩次。</translation>
        </message>
        <message>
            <source>Edge id {id} appears twice.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線 ID {id} 出現了兩次。</translation>
        </message>
        <message>
            <source>Workflow {part} #{index} ({id}) has a value of the wrong kind.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程的 {part} 第 {index} 項（{id}）含有型別不正確的值。</translation>
        </message>
        <message>
            <source>Stage key '{key}' is not a valid key.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>階段標識“{key}”無效。</translation>
        </message>
        <message>
            <source>Stage key '{key}' is used twice.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>階段標識“{key}”重複使用。</translation>
        </message>
        <message>
            <source>Stage '{key}' has no name.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>階段“{key}”沒有名稱。</translation>
        </message>
        <message>
            <source>The workflow has more than one start node.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程有多個開始節點。</translation>
        </message>
        <message>
            <source>The workflow has no end node.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程沒有結束節點。</translation>
        </message>
        <message>
            <source>Node {node}: unknown type '{type}'.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：未知型別“{type}”。</translation>
        </message>
        <message>
            <source>Node {node}: the name is longer than {limit} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：名稱超過 {limit} 個字元。</translation>
        </message>
        <message>
            <source>Node {node}: stage '{stage}' does not exist.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：階段“{stage}”不存在。</translation>
        </message>
        <message>
            <source>Node {node}: a task or approval needs a name.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：任務或審批需要名稱。</translation>
        </message>
        <message>
            <source>Node {node}: the SLA must be a positive number of hours.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：時限必須是正的小時數。</translation>
        </message>
        <message>
            <source>Node {node}: unknown field permission '{perm}'.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：未知的欄位許可權“{perm}”。</translation>
        </message>
        <message>
            <source>Node {node}: form '{form}' does not exist.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：表單“{form}”不存在。</translation>
        </message>
        <message>
            <source>Node {node}: form '{form}' has no field '{field_key}'.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：表單“{form}”沒有欄位“{field_key}”。</translation>
        </message>
        <message>
            <source>Node {node}: data field key '{key}' is invalid or used twice.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：資料欄位標識“{key}”無效或重複。</translation>
        </message>
        <message>
            <source>Node {node}: data field '{key}' has unknown type '{type}'.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：資料欄位“{key}”的型別“{type}”未知。</translation>
        </message>
        <message>
            <source>Node {node}: it can only return to a node before it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：只能退回到它之前的節點。</translation>
        </message>
        <message>
            <source>Node {node}: the task has no assignee.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：任務沒有處理人。</translation>
        </message>
        <message>
            <source>Node {node}: the approval has no approvers.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：審批沒有審批人。</translation>
        </message>
        <message>
            <source>Node {node}: unknown approval mode '{mode}'.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：未知的審批方式“{mode}”。</translation>
        </message>
        <message>
            <source>Node {node}: a rejection must go back to a node before the approval.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：駁回必須回到審批之前的節點。</translation>
        </message>
        <message>
            <source>Edge {edge} connects a node that does not exist.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線 {edge} 連線了不存在的節點。</translation>
        </message>
        <message>
            <source>Edge {edge} connects a node to itself.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線 {edge} 把節點連到了它自己。</translation>
        </message>
        <message>
            <source>Two edges connect the same two nodes.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有兩條連線連線同一對節點。</translation>
        </message>
        <message>
            <source>Node {node}: a start has no incoming and one outgoing edge.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：開始節點不能有進入的連線，且只能有一條出去的連線。</translation>
        </message>
        <message>
            <source>Node {node}: an end has no outgoing edges.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：結束節點不能有出去的連線。</translation>
        </message>
        <message>
            <source>Node {node}: a task or approval has exactly one outgoing edge; use a gateway to branch.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：任務或審批只能有一條出去的連線；需要分支請使用閘道器。</translation>
        </message>
        <message>
            <source>Node {node}: a gateway needs at least two outgoing edges.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：閘道器至少需要兩條出去的連線。</translation>
        </message>
        <message>
            <source>Node {node}: a parallel split needs at least two outgoing edges.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：並行分支至少需要兩條出去的連線。</translation>
        </message>
        <message>
            <source>Node {node}: a parallel join needs two or more incoming edges and one outgoing edge.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：並行匯聚需要兩條以上進入的連線和一條出去的連線。</translation>
        </message>
        <message>
            <source>Node {node} cannot be reached from the start.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>從開始節點無法到達節點 {node}。</translation>
        </message>
        <message>
            <source>Node {node} cannot reach an end.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node} 無法到達結束節點。</translation>
        </message>
        <message>
            <source>Node {node}: a gateway may have only one default edge.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點 {node}：閘道器只能有一條預設連線。</translation>
        </message>
        <message>
            <source>Edge {edge} leaves a gateway and needs a condition or must be the default.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線 {edge} 從閘道器出發，需要設定條件或設為預設路徑。</translation>
        </message>
        <message>
            <source>Edge {edge}: only edges leaving an exclusive gateway may have a condition or be the default.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線 {edge}：只有從排他閘道器出發的連線才能設定條件或設為預設路徑。</translation>
        </message>
        <message>
            <source>Edge {edge}: the imported {language} condition needs review; rewrite it as a condition this program can evaluate.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線 {edge}：匯入的 {language} 條件需要複核；請改寫為本程式能計算的條件。</translation>
        </message>
        <message>
            <source>Edge {edge}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線 {edge}：{reason}</translation>
        </message>
        <message>
            <source>Edge {edge}: the condition reads '{field_name}', which no earlier node records.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線 {edge}：條件讀取了“{field_name}”，但之前沒有節點記錄這個欄位。</translation>
        </message>
        <message>
            <source>Choose the workflow the rule starts.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇該規則啟動的流程。</translation>
        </message>
        <message>
            <source>The workflow rule no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該流程規則已不存在。</translation>
        </message>
        <message>
            <source>published</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已釋出</translation>
        </message>
        <message>
            <source>retired</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已停用</translation>
        </message>
        <message>
            <source>That workflow version no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該流程版本已不存在。</translation>
        </message>
        <message>
            <source>Workflow {key} has no version {number}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程 {key} 沒有第 {number} 版。</translation>
        </message>
        <message>
            <source>Workflow {key} has no versions.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程 {key} 還沒有任何版本。</translation>
        </message>
        <message>
            <source>Key: use 1 to 60 letters, digits, '-' or '_', starting with a letter (for example install_standard).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標識：使用 1 到 60 個字母、數字、“-”或“_”，以字母開頭（例如 install_standard）。</translation>
        </message>
        <message>
            <source>Name: required.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：必填。</translation>
        </message>
        <message>
            <source>Name: at most {limit} characters.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：最多 {limit} 個字元。</translation>
        </message>
        <message>
            <source>Key: a workflow with key {key} already exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標識：已存在標識為 {key} 的流程。</translation>
        </message>
        <message>
            <source>There is no form {key}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有表單 {key}。</translation>
        </message>
        <message>
            <source>That form version no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該表單版本已不存在。</translation>
        </message>
        <message>
            <source>Form {key} has no version {number}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單 {key} 沒有第 {number} 版。</translation>
        </message>
        <message>
            <source>Form {key} has no versions.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單 {key} 沒有任何版本。</translation>
        </message>
        <message>
            <source>The form is too large to store.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單過大，無法儲存。</translation>
        </message>
        <message>
            <source>Key: a form with key {key} already exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>鍵：鍵為 {key} 的表單已存在。</translation>
        </message>
        <message>
            <source>Version {number} is {status} and cannot be changed; start a new draft to edit it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {number} 版{status}，不能修改；請新建草稿後再編輯。</translation>
        </message>
        <message>
            <source>Version {number} cannot be published: {count} problems remain.
{list}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>第 {number} 版不能釋出：還有 {count} 個問題。
{list}</translation>
        </message>
        <message>
            <source>Only a published version can be retired; version {number} is {status}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只有已釋出的版本才能停用；第 {number} 版{status}。</translation>
        </message>
        <message>
            <source>The first version of a form cannot be discarded; edit it instead.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單的第一版不能丟棄；請直接編輯。</translation>
        </message>
        <message>
            <source>This is not a form export: '{field_name}' is missing or of the wrong kind.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>這不是表單匯出檔案：“{field_name}”缺失或型別不對。</translation>
        </message>
        <message>
            <source>This form export has format version {found}; this program reads up to {supported}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該表單匯出檔案的格式版本為 {found}；本程式最多支援到 {supported}。</translation>
        </message>
        <message>
            <source>Form {key} has no published version to fill in.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單 {key} 沒有可填寫的已釋出版本。</translation>
        </message>
        <message>
            <source>The form {form} cannot be submitted; problems found: {count}.
{list}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單 {form} 無法提交，發現 {count} 個問題。
{list}</translation>
        </message>
        <message>
            <source>That form submission no longer exists.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該表單提交記錄已不存在。</translation>
        </message>
        <message>
            <source>{name}: the file is empty.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name}：檔案為空。</translation>
        </message>
        <message>
            <source>{name}: the file is larger than {limit} MB.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name}：檔案超過 {limit} MB。</translation>
        </message>
        <message>
            <source>{name}: files of type {mime} cannot be stored (allowed: {allowed}).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name}：不能儲存 {mime} 型別的檔案（允許：{allowed}）。</translation>
        </message>
        <message>
            <source>{name}: the content is not a {mime} file.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name}：檔案內容不是 {mime} 格式。</translation>
        </message>
        <message>
            <source>That file is no longer stored.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該檔案已不存在。</translation>
        </message>
        <message>
            <source>The first version of a workflow cannot be discarded; edit it instead.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程的第一個版本不能丟棄，請直接編輯它。</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”不是有效數字。</translation>
        </message>
        <message>
            <source>Connect two nodes.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請連線兩個節點。</translation>
        </message>
        <message>
            <source>A node cannot be connected to itself.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點不能連線到自身。</translation>
        </message>
        <message>
            <source>Nothing can lead into the start.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不能有連線進入開始節點。</translation>
        </message>
        <message>
            <source>Nothing can follow an end.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結束節點之後不能再有節點。</translation>
        </message>
        <message>
            <source>These two nodes are already connected.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>這兩個節點已經連線。</translation>
        </message>
        <message>
            <source>A row holds at most {count} fields.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>一行最多放 {count} 個欄位。</translation>
        </message>
    </context>
    <context>
        <name>ServiceItemsPage</name>
        <message>
            <source>Service items</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案庫</translation>
        </message>
        <message>
            <source>The work installers do (installation, commissioning, repair, maintenance), as work orders, packages and prices use it. Rows without an owner region are the national catalog; branches add rows for their own regions.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>師傅上門所做的服務專案（安裝、除錯、維修、保養），供工單、服務包和價格使用。未指定所屬區域的條目屬於全國目錄；分公司可為本區域新增條目。</translation>
        </message>
        <message>
            <source>Description</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>說明</translation>
        </message>
        <message>
            <source>New service item</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建專案</translation>
        </message>
    </context>
    <context>
        <name>ServicePackagesPage</name>
        <message>
            <source>National</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全國</translation>
        </message>
        <message>
            <source>Service packages</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務包</translation>
        </message>
        <message>
            <source>Bundles of service items and parts with quantities (服务包). A work order can start from a package and gets its lines. Packages are deactivated, never deleted.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按數量組合的服務專案與備件。工單可以從服務包開始並帶出其明細。服務包只能停用，不會刪除。</translation>
        </message>
        <message>
            <source>New package</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建服務包</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Search code or name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>搜尋編碼或名稱</translation>
        </message>
        <message>
            <source>Show inactive</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>顯示已停用</translation>
        </message>
        <message>
            <source>Code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Lines</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>明細數</translation>
        </message>
        <message>
            <source>Owner region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>所屬區域</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Empty: national package. Or a region, e.g. 广州市</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>留空為全國服務包，或填寫區域，例如 廣州市</translation>
        </message>
        <message>
            <source>Code:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Description:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>說明：</translation>
        </message>
        <message>
            <source>Owner region:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>所屬區域：</translation>
        </message>
        <message>
            <source>Kind</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>型別</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數量</translation>
        </message>
        <message>
            <source>Unit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單位</translation>
        </message>
        <message>
            <source>Type a code or name and pick an item or part</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>輸入編碼或名稱，選擇專案或備件</translation>
        </message>
        <message>
            <source>Add line</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增明細</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除明細</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數量：</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用</translation>
        </message>
        <message>
            <source>Package</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務包</translation>
        </message>
        <message>
            <source>Lines (double-click a quantity to change it):</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>明細（雙擊數量可修改）：</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未儲存的修改</translation>
        </message>
        <message>
            <source>The changes to this package are not saved. Discard them?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此服務包的修改尚未儲存，是否放棄？</translation>
        </message>
        <message>
            <source>Package {code}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務包 {code}</translation>
        </message>
        <message>
            <source>Choose a package, or create a new one</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇一個服務包，或新建一個</translation>
        </message>
        <message>
            <source>This package belongs to the national catalog. Only administrators and pricing managers can change it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此服務包屬於全國目錄，只有管理員和定價經理可以修改。</translation>
        </message>
        <message>
            <source>This package belongs to {region}, outside your regions.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此服務包屬於{region}，不在您的負責區域內。</translation>
        </message>
        <message>
            <source>Activate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>“{text}” is not an active item or part. Pick one from the list.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>“{text}”不是啟用中的專案或備件，請從列表中選擇。</translation>
        </message>
        <message>
            <source>{code} is already in the package; change the quantity of its line instead.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{code} 已在服務包中，請修改該明細的數量。</translation>
        </message>
        <message>
            <source>Saved the package {code} {name}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已儲存服務包 {code} {name}。</translation>
        </message>
        <message>
            <source>{code} is active again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{code} 已重新啟用。</translation>
        </message>
        <message>
            <source>{code} was deactivated.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{code} 已停用。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>設定</translation>
        </message>
        <message>
            <source>Database</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>資料庫</translation>
        </message>
        <message>
            <source>Language</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>語言</translation>
        </message>
        <message>
            <source>Company</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>公司資訊</translation>
        </message>
        <message>
            <source>Where the data is stored</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>資料儲存位置</translation>
        </message>
        <message>
            <source>SQLite file (this computer)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>SQLite 檔案（本機）</translation>
        </message>
        <message>
            <source>PostgreSQL server (shared)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>PostgreSQL 伺服器（共享）</translation>
        </message>
        <message>
            <source>Connection URL:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線地址：</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>測試連線</translation>
        </message>
        <message>
            <source>A different database is opened after the application restarts.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>更換的資料庫在程式重新啟動後生效。</translation>
        </message>
        <message>
            <source>The environment variable SCRM_DATABASE_URL is set; it takes precedence over this setting.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已設定環境變數 SCRM_DATABASE_URL，它優先於此處的設定。</translation>
        </message>
        <message>
            <source>Open now: {database}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>當前開啟：{database}</translation>
        </message>
        <message>
            <source>SQLite file</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>SQLite 檔案</translation>
        </message>
        <message>
            <source>Path of the database file</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>資料庫檔案路徑</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>瀏覽…</translation>
        </message>
        <message>
            <source>File:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案：</translation>
        </message>
        <message>
            <source>One file on this computer: for a single office, also without a network. A file that does not exist yet is created at start-up.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存在本機的一個檔案：適合單個辦公室，無網路也能使用。檔案不存在時會在啟動時建立。</translation>
        </message>
        <message>
            <source>PostgreSQL server</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>PostgreSQL 伺服器</translation>
        </message>
        <message>
            <source>e.g. db.example.com</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如：db.example.com</translation>
        </message>
        <message>
            <source>e.g. scrm</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如：scrm</translation>
        </message>
        <message>
            <source>Empty: your operating-system user name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>留空：使用作業系統使用者名稱</translation>
        </message>
        <message>
            <source>Prefer encryption</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>優先加密</translation>
        </message>
        <message>
            <source>Require encryption</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>必須加密</translation>
        </message>
        <message>
            <source>No encryption</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不加密</translation>
        </message>
        <message>
            <source>Host:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>主機：</translation>
        </message>
        <message>
            <source>Port:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>埠：</translation>
        </message>
        <message>
            <source>Database:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>資料庫：</translation>
        </message>
        <message>
            <source>User:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>密碼：</translation>
        </message>
        <message>
            <source>SSL mode:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>SSL 模式：</translation>
        </message>
        <message>
            <source>The password is not saved. Put it in ~/.pgpass (or PGPASSWORD), or you will be asked for it when the app starts.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>密碼不會被儲存。可寫入 ~/.pgpass（或環境變數 PGPASSWORD），否則程式啟動時會詢問。</translation>
        </message>
        <message>
            <source>Choose the database file</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇資料庫檔案</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>SQLite 資料庫 (*.sqlite3 *.sqlite *.db);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在連線…</translation>
        </message>
        <message>
            <source>Testing the database connection…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在測試資料庫連線…</translation>
        </message>
        <message>
            <source>The test was cancelled.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>測試已取消。</translation>
        </message>
        <message>
            <source>The file does not exist yet; it is created when the application starts.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔案尚不存在，將在程式啟動時建立。</translation>
        </message>
        <message>
            <source>Connected: {server}. The database is empty; the tables are created when the application starts.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線成功：{server}。資料庫是空的，程式啟動時會建立資料表。</translation>
        </message>
        <message>
            <source>Connected: {server}, schema revision {revision}, which is newer than this version of the application knows. Update the application first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線成功：{server}，結構版本 {revision} 比本程式所知的更新。請先升級程式。</translation>
        </message>
        <message>
            <source>Connected: {server}, schema revision {revision} (up to date).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線成功：{server}，結構版本 {revision}（最新）。</translation>
        </message>
        <message>
            <source>Connected: {server}, schema revision {revision}; it is upgraded to {head} when the application starts.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線成功：{server}，結構版本 {revision}；程式啟動時會升級到 {head}。</translation>
        </message>
        <message>
            <source>Connection failed: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線失敗：{reason}</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>介面語言：</translation>
        </message>
        <message>
            <source>The new language applies after the application restarts.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新的語言在程式重新啟動後生效。</translation>
        </message>
        <message>
            <source>The company details are stored in the database. Sign in to see or change them.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>公司資訊儲存在資料庫中，登入後才能檢視或修改。</translation>
        </message>
        <message>
            <source>The company details could not be loaded: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法讀取公司資訊：{reason}</translation>
        </message>
        <message>
            <source>Settlement statements print these details.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單上會列印這些資訊。</translation>
        </message>
        <message>
            <source>Settlement statements print these details. You may not change them; ask an administrator.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單上會列印這些資訊。您無權修改，請聯絡管理員。</translation>
        </message>
        <message>
            <source>Company details</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>公司資訊</translation>
        </message>
        <message>
            <source>18 characters</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>18 位</translation>
        </message>
        <message>
            <source>e.g. GZ</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如：GZ</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Unified social credit code:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>統一社會信用程式碼：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地址：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>電話：</translation>
        </message>
        <message>
            <source>Branch code:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>分支程式碼：</translation>
        </message>
        <message>
            <source>Part of every document number, e.g. WO-GZ-… and JS-GZ-…; capital letters and digits.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>用於所有單據編號，例如 WO-GZ-… 和 JS-GZ-…；只能是大寫字母和數字。</translation>
        </message>
        <message>
            <source>Logo</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標誌</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>移除</translation>
        </message>
        <message>
            <source>PNG or JPEG, at most 1 MB.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>PNG 或 JPEG 格式，不超過 1 MB。</translation>
        </message>
        <message>
            <source>No logo</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無標誌</translation>
        </message>
        <message>
            <source>Not an image</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不是圖片</translation>
        </message>
        <message>
            <source>Choose the company logo</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇公司標誌</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>圖片 (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>SignatureEditor</name>
        <message>
            <source>Clear</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>清除</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Sign here</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請在此處簽名</translation>
        </message>
    </context>
    <context>
        <name>SparePartsPage</name>
        <message>
            <source>Spare parts</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備件庫</translation>
        </message>
        <message>
            <source>Parts and materials used on jobs (copper pipe, cable, brackets, valves, filters, boards), with brand, model or specification. Rows without an owner region are the national catalog; branches add rows for their own regions.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>施工所用的備件和輔材（銅管、線纜、支架、閥門、濾芯、主機板等）及其品牌、型號或規格。未指定所屬區域的條目屬於全國目錄；分公司可為本區域新增條目。</translation>
        </message>
        <message>
            <source>Specification</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規格型號</translation>
        </message>
        <message>
            <source>New spare part</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建備件</translation>
        </message>
    </context>
    <context>
        <name>StagesModel</name>
        <message>
            <source>Key: {key}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>鍵：{key}</translation>
        </message>
    </context>
    <context>
        <name>StatementDetailPane</name>
        <message>
            <source>No.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>序號</translation>
        </message>
        <message>
            <source>Completed</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>完工日期</translation>
        </message>
        <message>
            <source>Work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單號</translation>
        </message>
        <message>
            <source>Customer / address</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶/地址</translation>
        </message>
        <message>
            <source>Service item</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務專案</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>數量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單價</translation>
        </message>
        <message>
            <source>Share %</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>份額%</translation>
        </message>
        <message>
            <source>Amount</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>金額</translation>
        </message>
        <message>
            <source>Lines</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>明細合計</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>調整合計</translation>
        </message>
        <message>
            <source>Gross</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>應結</translation>
        </message>
        <message>
            <source>Carried in</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>上期結轉</translation>
        </message>
        <message>
            <source>Payable</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>應付</translation>
        </message>
        <message>
            <source>Tax withheld</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>代扣個稅</translation>
        </message>
        <message>
            <source>Net paid</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>實付</translation>
        </message>
        <message>
            <source>Carried forward</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結轉下期</translation>
        </message>
        <message>
            <source>Select a statement to see its lines and totals.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇一份結算單，檢視其明細和合計。</translation>
        </message>
        <message>
            <source>{number} · {status} · {payee} · {start} to {end}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{number} · {status} · {payee} · {start} 至 {end}</translation>
        </message>
        <message>
            <source>In words: {words}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>人民幣大寫：{words}</translation>
        </message>
        <message>
            <source>{code} · {provider} · account holder {holder} · bank {bank}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{code} · {provider} · 戶名 {holder} · 開戶行及賬號 {bank}</translation>
        </message>
        <message>
            <source>Issued on {date}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>出具日期 {date}。</translation>
        </message>
        <message>
            <source>Paid on {date}, reference {reference}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>付款日期 {date}，憑證號 {reference}。</translation>
        </message>
        <message>
            <source>Voided: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已作廢：{reason}</translation>
        </message>
        <message>
            <source>Amends {number}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>更正 {number}。</translation>
        </message>
        <message>
            <source>SHA-256 {hash}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>SHA-256 {hash}</translation>
        </message>
    </context>
    <context>
        <name>StatementLabels</name>
        <message>
            <source>Draft</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Issued</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已出具</translation>
        </message>
        <message>
            <source>Paid</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已付款</translation>
        </message>
        <message>
            <source>Void</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已作廢</translation>
        </message>
        <message>
            <source>Installers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>安裝師傅</translation>
        </message>
        <message>
            <source>Service providers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商</translation>
        </message>
    </context>
    <context>
        <name>StatementPreviewDialog</name>
        <message>
            <source>Statement {number} — {payee}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單 {number} — {payee}</translation>
        </message>
        <message>
            <source>Payment voucher (shows the full ID number)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>付款憑證（顯示完整身份證號）</translation>
        </message>
        <message>
            <source>Print…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>列印…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>另存為…</translation>
        </message>
        <message>
            <source>{status} · {start} to {end}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{status} · {start} 至 {end}</translation>
        </message>
        <message>
            <source>Rendering the PDF…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在生成 PDF…</translation>
        </message>
        <message>
            <source>The PDF could not be opened.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法開啟 PDF。</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>共 {count} 頁</translation>
        </message>
        <message>
            <source>The PDF could not be rendered.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法生成 PDF。</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法啟動印表機。</translation>
        </message>
        <message>
            <source>{count} pages sent to the printer.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已傳送 {count} 頁到印表機。</translation>
        </message>
        <message>
            <source>Save the statement as PDF</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>將結算單另存為 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已儲存為 {path}</translation>
        </message>
    </context>
    <context>
        <name>StatementsPage</name>
        <message>
            <source>Number</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單號</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Payee</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>收款方</translation>
        </message>
        <message>
            <source>Code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商</translation>
        </message>
        <message>
            <source>Period</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>期間</translation>
        </message>
        <message>
            <source>Lines</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>明細數</translation>
        </message>
        <message>
            <source>Gross</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>應結</translation>
        </message>
        <message>
            <source>Carried in</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>上期結轉</translation>
        </message>
        <message>
            <source>Tax withheld</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>代扣個稅</translation>
        </message>
        <message>
            <source>Net paid</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>實付</translation>
        </message>
        <message>
            <source>Carried forward</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結轉下期</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>出具日期</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>付款日期</translation>
        </message>
        <message>
            <source>Search number, payee or code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>搜尋結算單號、收款方或編碼</translation>
        </message>
        <message>
            <source>Statements</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算單</translation>
        </message>
        <message>
            <source>Settle what installers and providers earned in a period: build drafts from the completed work, check them, issue them (numbered, never changed afterwards), record the payment, and reconcile the period. A mistake on an issued statement is corrected by voiding it and amending.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算安裝師傅和服務商在一個期間內的收益：根據已完工的工作生成草稿，核對後出具（編號，出具後不再修改），登記付款，並對本期對賬。已出具結算單有誤時，作廢後生成更正單。</translation>
        </message>
        <message>
            <source>Build drafts</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>生成草稿</translation>
        </message>
        <message>
            <source>Compute a draft for every payee with unsettled earnings in the period (and the provider and region chosen); drafts built before are replaced, issued statements never change.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>為本期（及所選服務商和地區）有未結算收益的每個收款方計算一份草稿；之前生成的草稿會被替換，已出具的結算單不會改變。</translation>
        </message>
        <message>
            <source>Issue</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>出具</translation>
        </message>
        <message>
            <source>Issue the selected drafts, or every draft shown when none is selected.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>出具選中的草稿；未選中時出具列表中的全部草稿。</translation>
        </message>
        <message>
            <source>Mark as paid</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標記已付款</translation>
        </message>
        <message>
            <source>Void</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>作廢</translation>
        </message>
        <message>
            <source>Amend</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>生成更正單</translation>
        </message>
        <message>
            <source>Build an amending draft for the payee and period of a voided statement.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>為已作廢結算單的收款方和期間生成一份更正草稿。</translation>
        </message>
        <message>
            <source>Preview PDF</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預覽 PDF</translation>
        </message>
        <message>
            <source>Print</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>列印</translation>
        </message>
        <message>
            <source>Export lines (XLSX)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯出明細 XLSX</translation>
        </message>
        <message>
            <source>Export PDFs</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>批次匯出 PDF</translation>
        </message>
        <message>
            <source>Export the selected statements, or every statement shown, as PDF files or one merged PDF.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>將選中的結算單（未選中時為列表中的全部結算單）匯出為多個 PDF 檔案或一個合併的 PDF。</translation>
        </message>
        <message>
            <source>Reconcile</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>對賬</translation>
        </message>
        <message>
            <source>Check the period's statements against the earnings frozen in it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>將本期結算單與本期凍結的收益核對。</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>上個月</translation>
        </message>
        <message>
            <source>Next month</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>下個月</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>自定義區間</translation>
        </message>
        <message>
            <source>All providers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部服務商</translation>
        </message>
        <message>
            <source>Build for any region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>生成範圍：全部地區</translation>
        </message>
        <message>
            <source>Build drafts only from work orders in this region. The list is not narrowed by region.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只用該地區的工單生成草稿。列表不按地區篩選。</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部狀態</translation>
        </message>
        <message>
            <source>Period:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>期間：</translation>
        </message>
        <message>
            <source>Amends {number}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>更正 {number}</translation>
        </message>
        <message>
            <source>Reference: {reference}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>付款憑證號：{reference}</translation>
        </message>
        <message>
            <source>The custom range ends before it starts.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>自定義區間的結束日期早於開始日期。</translation>
        </message>
        <message>
            <source>Loading statements…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在載入結算單…</translation>
        </message>
        <message>
            <source>No statements match the filters. Change them or clear the search.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有符合篩選條件的結算單。請修改篩選條件或清除搜尋。</translation>
        </message>
        <message>
            <source>There are no statements for this period yet: choose the period and click “Build drafts”.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>本期還沒有結算單：選擇期間後點選“生成草稿”。</translation>
        </message>
        <message>
            <source>{count} statements · gross {gross} · tax withheld {tax} · net paid {net}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{count} 份結算單 · 應結 {gross} · 代扣個稅 {tax} · 實付 {net}</translation>
        </message>
        <message>
            <source>({count} voided, not counted)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>（{count} 份已作廢，未計入）</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已取消，未做任何更改。</translation>
        </message>
        <message>
            <source>The region “{text}” is not known.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法識別地區“{text}”。</translation>
        </message>
        <message>
            <source>Building drafts…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在生成草稿…</translation>
        </message>
        <message>
            <source>{drafts} drafts built for {period}: gross {gross}, tax withheld {tax}, net {net}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已為 {period} 生成 {drafts} 份草稿：應結 {gross}，代扣個稅 {tax}，實付 {net}。</translation>
        </message>
        <message>
            <source>Nothing to settle in {period}: no completed work is waiting for a statement.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{period} 沒有需要結算的內容：沒有等待結算的已完工工作。</translation>
        </message>
        <message>
            <source>Select the drafts to issue.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇要出具的草稿。</translation>
        </message>
        <message>
            <source>Issue statements</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>出具結算單</translation>
        </message>
        <message>
            <source>Issue {count} statements with a net total of {net}? They are numbered and can no longer be changed; a mistake is corrected by voiding and amending.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>出具 {count} 份結算單，實付合計 {net}？出具後將編號且不能再修改；如有錯誤，需作廢後生成更正單。</translation>
        </message>
        <message>
            <source>Issuing statements…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在出具結算單…</translation>
        </message>
        <message>
            <source>Issued {number}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已出具 {number}。</translation>
        </message>
        <message>
            <source>Issued {count} statements, {first} to {last}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已出具 {count} 份結算單：{first} 至 {last}。</translation>
        </message>
        <message>
            <source>Select one issued statement.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇一份已出具的結算單。</translation>
        </message>
        <message>
            <source>{number} is paid ({date}).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{number} 已付款（{date}）。</translation>
        </message>
        <message>
            <source>Void statement</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>作廢結算單</translation>
        </message>
        <message>
            <source>Why is {number} voided? Its earnings are released and can be settled again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>為什麼作廢 {number}？其收益將被釋放，可以重新結算。</translation>
        </message>
        <message>
            <source>{number} is void.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{number} 已作廢。</translation>
        </message>
        <message>
            <source>Amend statement</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>生成更正單</translation>
        </message>
        <message>
            <source>{number} is void. Build an amending statement now? It is a new draft for the same payee and period that refers to {number}; check it and issue it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{number} 已作廢。現在生成更正單嗎？更正單是同一收款方、同一期間的新草稿，並註明更正 {number}；請核對後出具。</translation>
        </message>
        <message>
            <source>Select one voided statement.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇一份已作廢的結算單。</translation>
        </message>
        <message>
            <source>An amending draft for {payee} was built; check it and issue it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已為 {payee} 生成更正草稿；請核對後出具。</translation>
        </message>
        <message>
            <source>Select one statement.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇一份結算單。</translation>
        </message>
        <message>
            <source>Export the statement's lines</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯出結算單明細</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting lines…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在匯出明細…</translation>
        </message>
        <message>
            <source>{count} lines written to {path}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已將 {count} 行明細寫入 {path}。</translation>
        </message>
        <message>
            <source>Exporting PDFs…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在匯出 PDF…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已寫入：{path}</translation>
        </message>
        <message>
            <source>{count} PDF files written to {folder}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已將 {count} 個 PDF 檔案寫入 {folder}。</translation>
        </message>
    </context>
    <context>
        <name>TierRuleDialog</name>
        <message>
            <source>New tier rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建檔位規則</translation>
        </message>
        <message>
            <source>Edit tier rule {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯檔位規則 {name}</translation>
        </message>
        <message>
            <source>e.g. 一线城市三档</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如：一線城市三檔</translation>
        </message>
        <message>
            <source>The whole country</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全國</translation>
        </message>
        <message>
            <source>A region and everything inside it:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>某個地區及其下轄全部地區：</translation>
        </message>
        <message>
            <source>The regions of a region group:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>某個區域分組內的地區：</translation>
        </message>
        <message>
            <source>Any category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>任意類別</translation>
        </message>
        <message>
            <source>Any complexity</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>任意複雜度</translation>
        </message>
        <message>
            <source>Level {level}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{level} 級</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Applies to:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>適用範圍：</translation>
        </message>
        <message>
            <source>Provider type:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別：</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>業務場景：</translation>
        </message>
        <message>
            <source>Matches items filed directly under this category, not under its subcategories. To cover a whole branch, leave it empty or make one rule per category.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只匹配直接歸在該類別下的專案，不包括其子類別。要覆蓋整個分支，請留空，或為每個類別各建一條規則。</translation>
        </message>
        <message>
            <source>Item category:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案類別：</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度：</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有效期：</translation>
        </message>
        <message>
            <source>A more specific region always wins, then the rule with more matching dimensions. Priority only decides between rules that are equal in both: the higher number wins.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區更具體的規則總是優先，其次是匹配維度更多的規則。優先順序只在這兩點都相同的規則之間起作用：數字大的勝出。</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>優先順序：</translation>
        </message>
        <message>
            <source>Tier:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位：</translation>
        </message>
        <message>
            <source>Create rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>建立規則</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存</translation>
        </message>
        <message>
            <source>Preview impact…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>影響預覽…</translation>
        </message>
        <message>
            <source>Any (leave empty)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>任意（留空）</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請從列表中選擇地區，或輸入六位地區程式碼。</translation>
        </message>
        <message>
            <source>There are no price tiers yet; create them on the price grid first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>還沒有價格檔位，請先在價格表中建立檔位。</translation>
        </message>
    </context>
    <context>
        <name>TierRulesPage</name>
        <message>
            <source>Settlement prices (what installers earn)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算價（師傅所得）</translation>
        </message>
        <message>
            <source>Sales prices (what customers pay)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>銷售價（客戶所付）</translation>
        </message>
        <message>
            <source>Price book:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>價格表：</translation>
        </message>
        <message>
            <source>Tier rules</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位規則</translation>
        </message>
        <message>
            <source>Which price tier a job gets, per price book. The most specific matching rule wins; the unit price is then the tier's price in force on the job's date. A missing price is an error, never zero.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規定每個價格表中一單業務適用哪個價格檔位。匹配的規則中最具體的勝出；單價即該檔位在業務日期當天生效的價格。缺少價格會報錯，絕不按零計算。</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>適用範圍</translation>
        </message>
        <message>
            <source>Provider type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>業務場景</translation>
        </message>
        <message>
            <source>Item category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案類別</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度</translation>
        </message>
        <message>
            <source>Valid</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有效期</translation>
        </message>
        <message>
            <source>Priority</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>優先順序</translation>
        </message>
        <message>
            <source>Tier</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用</translation>
        </message>
        <message>
            <source>New rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建規則</translation>
        </message>
        <message>
            <source>Edit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Test a context</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>測試定價場景</translation>
        </message>
        <message>
            <source>Item code or name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案編碼或名稱</translation>
        </message>
        <message>
            <source>The item's own</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按專案自身</translation>
        </message>
        <message>
            <source>Level {level}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{level} 級</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檢視結果</translation>
        </message>
        <message>
            <source>Item:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案：</translation>
        </message>
        <message>
            <source>Region:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Provider type:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別：</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>業務場景：</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度：</translation>
        </message>
        <message>
            <source>Choose an item and a region to see which tier and unit price a job gets, and why.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇專案和地區，檢視這單業務適用的檔位和單價，以及原因。</translation>
        </message>
        <message>
            <source>Region group {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>區域分組 {name}</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全國</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>From {start}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>自 {start} 起</translation>
        </message>
        <message>
            <source>Until {end}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>至 {end} 止</translation>
        </message>
        <message>
            <source>Always</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>長期有效</translation>
        </message>
        <message>
            <source>Rules: {count} ({active} active)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則：{count} 條（啟用 {active} 條）</translation>
        </message>
        <message>
            <source>Activate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Rule “{name}” was saved.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則“{name}”已儲存。</translation>
        </message>
        <message>
            <source>Deactivate rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用規則</translation>
        </message>
        <message>
            <source>Deactivate the rule “{name}”? Jobs priced from now on no longer get their tier from it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用規則“{name}”嗎？此後定價的業務將不再按此規則確定檔位。</translation>
        </message>
        <message>
            <source>Rule “{name}” is active again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則“{name}”已重新啟用。</translation>
        </message>
        <message>
            <source>Rule “{name}” was deactivated.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則“{name}”已停用。</translation>
        </message>
        <message>
            <source>Choose an item: type its code or pick it from the list.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇專案：輸入專案編碼，或從列表中選擇。</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請從列表中選擇地區，或輸入六位地區程式碼。</translation>
        </message>
        <message>
            <source>Tier {tier}, unit price ¥{price} ({item}), through the rule “{rule}”.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位 {tier}，單價 ¥{price}（{item}），依據規則“{rule}”。</translation>
        </message>
    </context>
    <context>
        <name>TierTraceDialog</name>
        <message>
            <source>Settlement tier of {item}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{item} 的結算檔位</translation>
        </message>
        <message>
            <source>Sales tier of {item}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{item} 的銷售檔位</translation>
        </message>
        <message>
            <source>Item:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案：</translation>
        </message>
        <message>
            <source>Tier:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位：</translation>
        </message>
        <message>
            <source>Rule:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則：</translation>
        </message>
        <message>
            <source>Unit price:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>單價：</translation>
        </message>
        <message>
            <source>Priced on:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>計價日期：</translation>
        </message>
        <message>
            <source>{date}, frozen at completion</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{date}，完工時已凍結</translation>
        </message>
        <message>
            <source>{date} (preview)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{date}（預覽）</translation>
        </message>
        <message>
            <source>Job:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單條件：</translation>
        </message>
        <message>
            <source>{region} · provider type {provider_type} · scenario {scenario} · complexity {complexity}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{region} · 服務商型別 {provider_type} · 場景 {scenario} · 複雜度 {complexity}</translation>
        </message>
        <message>
            <source>no region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無地區</translation>
        </message>
        <message>
            <source>the item's own</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按專案自身</translation>
        </message>
        <message>
            <source>Tier</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位</translation>
        </message>
        <message>
            <source>These are the tier, rule and unit price recorded for this line. You may not read the tier rules, so the rules that were compared are not shown.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>以上是本行記錄的檔位、規則和單價。你沒有檢視檔位規則的許可權，因此不顯示參與比較的規則。</translation>
        </message>
        <message>
            <source>The rules below are resolved as they stand today, for the date the line was priced on. The frozen figures above never change with them.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>下表按現行規則、以本行的計價日期重新解析；上方已凍結的數字不會隨之改變。</translation>
        </message>
        <message>
            <source>The rules have changed since: today the rule “{rule}” would win.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則已變更：按現行規則將由“{rule}”勝出。</translation>
        </message>
        <message>
            <source>Every tier rule of the book, and why it was chosen, lost or does not match.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>本價目的每條檔位規則，以及它被選中、落選或不匹配的原因。</translation>
        </message>
    </context>
    <context>
        <name>TiersDialog</name>
        <message>
            <source>Price tiers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>價格檔位</translation>
        </message>
        <message>
            <source>Code</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Code, e.g. T4</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編碼，例如 T4</translation>
        </message>
        <message>
            <source>Name, e.g. 四档</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱，例如 四檔</translation>
        </message>
        <message>
            <source>Add</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增</translation>
        </message>
        <message>
            <source>Rename</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新命名</translation>
        </message>
        <message>
            <source>Move up</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>下移</translation>
        </message>
        <message>
            <source>Tiers are the price columns. The code is used in price files and cannot change; the name and the order can. Select a tier to rename or move it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>檔位即價格列。編碼用於價格檔案，建立後不能修改；名稱和順序可以修改。選擇一個檔位後可重新命名或移動。</translation>
        </message>
    </context>
    <context>
        <name>TraceTexts</name>
        <message>
            <source>Result</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結果</translation>
        </message>
        <message>
            <source>Rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則</translation>
        </message>
        <message>
            <source>Matched through</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匹配地區</translation>
        </message>
        <message>
            <source>Priority</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>優先順序</translation>
        </message>
        <message>
            <source>Starts</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Why</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>原因</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>勝出</translation>
        </message>
        <message>
            <source>Matches, lost</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匹配但落選</translation>
        </message>
        <message>
            <source>Does not match</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>不匹配</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全國</translation>
        </message>
        <message>
            <source>{region} (in group {group})</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{region}（屬於分組 {group}）</translation>
        </message>
        <message>
            <source>the whole country</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全國</translation>
        </message>
        <message>
            <source>a province</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>省級</translation>
        </message>
        <message>
            <source>a city</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>市級</translation>
        </message>
        <message>
            <source>a district</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>區縣級</translation>
        </message>
        <message>
            <source>a region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區</translation>
        </message>
        <message>
            <source>Ranks above the {count} other matching rules.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>排名高於其他 {count} 條匹配的規則。</translation>
        </message>
        <message>
            <source>The only rule that matches.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>唯一匹配的規則。</translation>
        </message>
        <message>
            <source>Lost: the winner matches a more specific region ({winner}, this rule {mine}).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>落選：勝出規則匹配的地區更具體（勝出規則為{winner}，本規則為{mine}）。</translation>
        </message>
        <message>
            <source>Lost: the winner names the region directly; this rule matches through a region group.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>落選：勝出規則直接指定了該地區，本規則只是透過區域分組匹配。</translation>
        </message>
        <message>
            <source>Lost: the winner matches more dimensions ({winner}, this rule {mine}).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>落選：勝出規則匹配的維度更多（勝出規則 {winner} 個，本規則 {mine} 個）。</translation>
        </message>
        <message>
            <source>Lost: the winner has a higher priority ({winner}, this rule {mine}).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>落選：勝出規則的優先順序更高（勝出規則 {winner}，本規則 {mine}）。</translation>
        </message>
        <message>
            <source>Lost: the winner started later ({winner}, this rule {mine}).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>落選：勝出規則的起始日期更晚（勝出規則 {winner}，本規則 {mine}）。</translation>
        </message>
        <message>
            <source>Ties with the winner, and the older rule wins. Such a tie should have been refused when the rules were saved: make one of them more specific.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>與勝出規則並列，按建立先後由較早的規則勝出。這種並列本應在儲存規則時被拒絕：請讓其中一條更具體。</translation>
        </message>
        <message>
            <source>no start date</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無起始日期</translation>
        </message>
        <message>
            <source>provider type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別</translation>
        </message>
        <message>
            <source>scenario</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>業務場景</translation>
        </message>
        <message>
            <source>item category</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案類別</translation>
        </message>
        <message>
            <source>complexity</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度</translation>
        </message>
        <message>
            <source>No region is given; the rule needs one in {region}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有地區；該規則要求地區在 {region} 內。</translation>
        </message>
        <message>
            <source>No region is given; the rule needs one in region group {group}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有地區；該規則要求地區屬於區域分組 {group}。</translation>
        </message>
        <message>
            <source>Region {region} is unknown.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區 {region} 不存在。</translation>
        </message>
        <message>
            <source>{region} is not within {rule_region}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{region} 不在 {rule_region} 內。</translation>
        </message>
        <message>
            <source>{region} is not in region group {group}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{region} 不屬於區域分組 {group}。</translation>
        </message>
        <message>
            <source>The rule needs {dimension} {value}, and none is given.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該規則要求{dimension}為 {value}，但沒有提供。</translation>
        </message>
        <message>
            <source>The rule needs {dimension} {rule_value}, not {value}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該規則要求{dimension}為 {rule_value}，而不是 {value}。</translation>
        </message>
        <message>
            <source>Valid only from {start}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>自 {start} 起才生效。</translation>
        </message>
        <message>
            <source>Valid only until {end}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有效期至 {end}，已過期。</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>New user</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建使用者</translation>
        </message>
        <message>
            <source>Edit user {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯使用者 {name}</translation>
        </message>
        <message>
            <source>e.g. 450000, 450100 (empty: the whole country)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如：450000, 450100（留空表示全國）</translation>
        </message>
        <message>
            <source>Must change the password at the next sign-in</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>下次登入時必須修改密碼</translation>
        </message>
        <message>
            <source>User name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者名稱：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>密碼：</translation>
        </message>
        <message>
            <source>Confirm password:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>確認密碼：</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>角色：</translation>
        </message>
        <message>
            <source>Six-digit region codes separated by commas or spaces. The user may work in these regions and everything inside them. Leave empty for the whole country.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>6 位行政區劃程式碼，用逗號或空格分隔。使用者可以處理這些地區及其下級地區的業務。留空表示全國。</translation>
        </message>
        <message>
            <source>Regions:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>負責地區：</translation>
        </message>
        <message>
            <source>Create user</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>建立使用者</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存</translation>
        </message>
        <message>
            <source>The two passwords do not match. Type the same password twice.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>兩次輸入的密碼不一致，請輸入相同的密碼。</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Search user name, name or role</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>搜尋使用者名稱、姓名或角色</translation>
        </message>
        <message>
            <source>Users</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者管理</translation>
        </message>
        <message>
            <source>Accounts that can sign in, their roles and the regions they work in. Accounts are never deleted: disable them instead, so the audit log keeps its history.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>可以登入的賬號、角色及負責地區。賬號不會被刪除，只能停用，以便審計日誌保留完整歷史。</translation>
        </message>
        <message>
            <source>User name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>使用者名稱</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>角色</translation>
        </message>
        <message>
            <source>Regions</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>負責地區</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>最近登入</translation>
        </message>
        <message>
            <source>New user</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建使用者</translation>
        </message>
        <message>
            <source>Edit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Disable</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重置密碼</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>須修改密碼</translation>
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Users: {count}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>共 {count} 個使用者</translation>
        </message>
        <message>
            <source>Matching the search: {shown} of {total}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>符合搜尋：{shown} / {total}</translation>
        </message>
        <message>
            <source>Enable</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>The password of {name} was reset.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已重置 {name} 的密碼。</translation>
        </message>
        <message>
            <source>User {name} was created.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已建立使用者 {name}。</translation>
        </message>
        <message>
            <source>The changes to {name} were saved.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已儲存對 {name} 的修改。</translation>
        </message>
        <message>
            <source>Disable user</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用使用者</translation>
        </message>
        <message>
            <source>Disable the account of {name} ({username})? They can no longer sign in. The account and its history are kept, and you can enable it again later.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用 {name}（{username}）的賬號嗎？停用後將無法登入。賬號及其歷史記錄會保留，以後可以重新啟用。</translation>
        </message>
        <message>
            <source>{name} can sign in again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name} 可以重新登入了。</translation>
        </message>
        <message>
            <source>{name} was disabled.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已停用 {name}。</translation>
        </message>
    </context>
    <context>
        <name>VersionBar</name>
        <message>
            <source>Draft</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Published</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已釋出</translation>
        </message>
        <message>
            <source>Retired</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存草稿</translation>
        </message>
        <message>
            <source>Publish…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>釋出…</translation>
        </message>
        <message>
            <source>New draft</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建草稿</translation>
        </message>
        <message>
            <source>Retire</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用</translation>
        </message>
        <message>
            <source>Compare versions…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>比較版本…</translation>
        </message>
        <message>
            <source>No workflow open</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未開啟流程</translation>
        </message>
        <message>
            <source>Editable</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>可編輯</translation>
        </message>
        <message>
            <source>A draft: change it, save it, publish it when it is ready</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>草稿：可修改、儲存，準備好後釋出</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只讀</translation>
        </message>
        <message>
            <source>New work orders start on this version; it never changes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新工單從這個版本開始；它不會再改變</translation>
        </message>
        <message>
            <source>No new work orders start on this version any more</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新工單不再從這個版本開始</translation>
        </message>
        <message>
            <source>Start a new editable version copied from this one</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>以此版本為基礎新建一個可編輯的版本</translation>
        </message>
        <message>
            <source>Open draft v{number}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開啟草稿 v{number}</translation>
        </message>
        <message>
            <source>This workflow already has a draft; open it to edit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>這個流程已有草稿；開啟它來編輯</translation>
        </message>
    </context>
    <context>
        <name>VersionDiffDialog</name>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>型別</translation>
        </message>
        <message>
            <source>Stage</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>階段</translation>
        </message>
        <message>
            <source>Description</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>說明</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>處理人</translation>
        </message>
        <message>
            <source>SLA</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>時限</translation>
        </message>
        <message>
            <source>Form</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單</translation>
        </message>
        <message>
            <source>Field permissions</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>欄位許可權</translation>
        </message>
        <message>
            <source>Data fields</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>資料項</translation>
        </message>
        <message>
            <source>May return to</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>可退回到</translation>
        </message>
        <message>
            <source>Approvers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>審批人</translation>
        </message>
        <message>
            <source>Approval mode</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>審批方式</translation>
        </message>
        <message>
            <source>Rejection goes back to</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>駁回退回到</translation>
        </message>
        <message>
            <source>From</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>起點</translation>
        </message>
        <message>
            <source>To</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>終點</translation>
        </message>
        <message>
            <source>Label</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Priority</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>優先順序</translation>
        </message>
        <message>
            <source>Condition</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>條件</translation>
        </message>
        <message>
            <source>Default path</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預設路徑</translation>
        </message>
        <message>
            <source>Imported condition</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入的條件</translation>
        </message>
        <message>
            <source>Imported extensions</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入的擴充套件</translation>
        </message>
        <message>
            <source>Node</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節點</translation>
        </message>
        <message>
            <source>Connection</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線</translation>
        </message>
        <message>
            <source>Added</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增</translation>
        </message>
        <message>
            <source>Removed</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Changed</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改</translation>
        </message>
        <message>
            <source>Compare versions of {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>比較 {name} 的版本</translation>
        </message>
        <message>
            <source>From:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>從：</translation>
        </message>
        <message>
            <source>To:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>到：</translation>
        </message>
        <message>
            <source>Choose two different versions.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇兩個不同的版本。</translation>
        </message>
        <message>
            <source>The two versions mean the same; at most the drawing differs.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>兩個版本含義相同，最多隻是畫法不同。</translation>
        </message>
        <message>
            <source>{count} changes.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{count} 處變化。</translation>
        </message>
    </context>
    <context>
        <name>WorkCalendarDialog</name>
        <message>
            <source>Work calendar</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工作日曆</translation>
        </message>
        <message>
            <source>from</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>從</translation>
        </message>
        <message>
            <source>Mon</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>週一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>週二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>週三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>週四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>週五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>週六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>週日</translation>
        </message>
        <message>
            <source>Date</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>型別</translation>
        </message>
        <message>
            <source>Note</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備註</translation>
        </message>
        <message>
            <source>Day off (holiday)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>休息日（節假日）</translation>
        </message>
        <message>
            <source>Working day (make-up day)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>調休上班</translation>
        </message>
        <message>
            <source>e.g. 国庆节</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如：國慶節</translation>
        </message>
        <message>
            <source>Add</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增</translation>
        </message>
        <message>
            <source>Remove</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>移除</translation>
        </message>
        <message>
            <source>Time limits (SLA) of workflow steps count working hours only: on working days, between the start and the end of the day, without the lunch break.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程節點的時限（SLA）只計算工作時間：工作日內上班到下班之間，不含午休。</translation>
        </message>
        <message>
            <source>Only someone who may edit the company settings can change it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只有可以修改公司設定的使用者才能更改工作日曆。</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工作時間</translation>
        </message>
        <message>
            <source>to</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>至</translation>
        </message>
        <message>
            <source>Working day:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>上班時間：</translation>
        </message>
        <message>
            <source>Lunch break:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>午休：</translation>
        </message>
        <message>
            <source>Working weekdays:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工作日：</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>時區：</translation>
        </message>
        <message>
            <source>Holidays and make-up working days</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>節假日與調休上班日</translation>
        </message>
        <message>
            <source>Year:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>年份：</translation>
        </message>
        <message>
            <source>A listed day overrides the working weekdays above.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>列出的日期優先於上面的工作日設定。</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderDialog</name>
        <message>
            <source>New work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建工單</translation>
        </message>
        <message>
            <source>Lines</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>專案與備件</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>調整</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程</translation>
        </message>
        <message>
            <source>Taken from the customer; change it for another site</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預設取客戶地址；在其他地點施工時請修改</translation>
        </message>
        <message>
            <source>Choose the region myself:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>手動指定地區：</translation>
        </message>
        <message>
            <source>Each item's own</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按各專案自身</translation>
        </message>
        <message>
            <source>Level {level}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{level} 級</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>計劃日期</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>完工日期</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶：</translation>
        </message>
        <message>
            <source>Service address:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務地址：</translation>
        </message>
        <message>
            <source>Region:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區：</translation>
        </message>
        <message>
            <source>Provider:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商：</translation>
        </message>
        <message>
            <source>Crew:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>師傅：</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>場景：</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度：</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備註：</translation>
        </message>
        <message>
            <source>Assign</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>派單</translation>
        </message>
        <message>
            <source>Start work</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開工</translation>
        </message>
        <message>
            <source>Complete</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>完工</translation>
        </message>
        <message>
            <source>Cancel work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>取消工單</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新開啟</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>儲存</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Choose the service provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇服務商</translation>
        </message>
        <message>
            <source>Work order {number}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單 {number}</translation>
        </message>
        <message>
            <source>A completed work order is read-only: its earnings are frozen.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已完工的工單隻讀：收益已凍結。</translation>
        </message>
        <message>
            <source>To correct it, reopen it (the reason is recorded).</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>如需更正，請重新開啟（會記錄原因）。</translation>
        </message>
        <message>
            <source>This work order was cancelled: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此工單已取消：{reason}</translation>
        </message>
        <message>
            <source>You can look at this work order but not change it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>你可以檢視此工單，但不能修改。</translation>
        </message>
        <message>
            <source>Some lines have no price: fix them before completing.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有專案沒有價格：補齊後才能完工。</translation>
        </message>
        <message>
            <source>Complete the work order and freeze its earnings.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>完工並凍結收益。</translation>
        </message>
        <message>
            <source>no region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無地區</translation>
        </message>
        <message>
            <source>{region} (chosen by hand)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{region}（手動指定）</translation>
        </message>
        <message>
            <source>{region} (from the address)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{region}（從地址識別）</translation>
        </message>
        <message>
            <source>Found in the address as you type it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>填寫地址後自動識別。</translation>
        </message>
        <message>
            <source>The address fits several regions ({regions}): choose the region below.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地址可能屬於多個地區（{regions}）：請在下方指定地區。</translation>
        </message>
        <message>
            <source>; </source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>；</translation>
        </message>
        <message>
            <source>From the address: {region}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>從地址識別：{region}</translation>
        </message>
        <message>
            <source>The address names no region.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地址中沒有可識別的地區。</translation>
        </message>
        <message>
            <source>The customer has no address.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該客戶沒有地址。</translation>
        </message>
        <message>
            <source>The crew was cleared: choose installers of the new provider.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已清空師傅：請選擇新服務商的師傅。</translation>
        </message>
        <message>
            <source>Choose the customer to see what the job earns.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇客戶後，這裡顯示本單收益。</translation>
        </message>
        <message>
            <source>No preview: the crew's shares add up to {sum}%, not 100%.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法預覽：師傅份額合計 {sum}%，應為 100%。</translation>
        </message>
        <message>
            <source>No preview: {problem}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法預覽：{problem}</translation>
        </message>
        <message>
            <source>Choose the customer: search by name or phone number.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇客戶：按姓名或電話搜尋。</translation>
        </message>
        <message>
            <source>The crew's shares add up to {sum}%, not 100%. Correct them or use Split equally.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>師傅份額合計 {sum}%，應為 100%。請修改份額，或點選“平分”。</translation>
        </message>
        <message>
            <source>Saved {number}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已儲存 {number}。</translation>
        </message>
        <message>
            <source>{number} is now {status}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{number} 現在的狀態：{status}。</translation>
        </message>
        <message>
            <source>Complete work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>完工</translation>
        </message>
        <message>
            <source>Complete the work order? Its earnings are frozen and it can no longer be changed.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>確定完工嗎？完工後收益將凍結，工單不能再修改。</translation>
        </message>
        <message>
            <source>{number} is completed; it earns {total}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{number} 已完工，收益 {total}。</translation>
        </message>
        <message>
            <source>Why is the work order cancelled?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>取消工單的原因：</translation>
        </message>
        <message>
            <source>{number} was cancelled.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{number} 已取消。</translation>
        </message>
        <message>
            <source>Reopen work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新開啟工單</translation>
        </message>
        <message>
            <source>Why is the work order reopened? Settled earnings stay; differences are corrected later.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新開啟的原因：已結算的收益保持不變，差額會在以後更正。</translation>
        </message>
        <message>
            <source>{number} is open again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{number} 已重新開啟。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未儲存的修改</translation>
        </message>
        <message>
            <source>The work order has changes that are not saved. Close and lose them?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單有未儲存的修改。關閉並放棄這些修改嗎？</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderFlowPanel</name>
        <message>
            <source>Start workflow…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開始流程…</translation>
        </message>
        <message>
            <source>Select a step to see the data it recorded.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>選擇一條記錄，檢視該步驟提交的資料。</translation>
        </message>
        <message>
            <source>Time</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>時間</translation>
        </message>
        <message>
            <source>By</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Action</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>操作</translation>
        </message>
        <message>
            <source>From → to</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>從 → 到</translation>
        </message>
        <message>
            <source>Comment</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備註</translation>
        </message>
        <message>
            <source>Start</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開始</translation>
        </message>
        <message>
            <source>Submit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>提交</translation>
        </message>
        <message>
            <source>Approve</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>同意</translation>
        </message>
        <message>
            <source>Reject</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>駁回</translation>
        </message>
        <message>
            <source>Send back</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>退回</translation>
        </message>
        <message>
            <source>Finish</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結束</translation>
        </message>
        <message>
            <source>{source} → {targets}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{source} → {targets}</translation>
        </message>
        <message>
            <source>Finished</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已完成</translation>
        </message>
        <message>
            <source>In progress</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>進行中</translation>
        </message>
        <message>
            <source>No workflow</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未啟動流程</translation>
        </message>
        <message>
            <source>Save the work order first; then its workflow can start.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請先儲存工單，然後才能啟動流程。</translation>
        </message>
        <message>
            <source>This work order has no workflow yet. Start one to follow it step by step.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此工單尚未啟動流程。啟動流程後可逐步跟進。</translation>
        </message>
        <message>
            <source>This work order has no workflow yet.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>此工單尚未啟動流程。</translation>
        </message>
        <message>
            <source>{name} v{number}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name} v{number}</translation>
        </message>
        <message>
            <source>The workflow is finished.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程已結束。</translation>
        </message>
        <message>
            <source>Form {name} v{number}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>表單 {name} v{number}</translation>
        </message>
        <message>
            <source>This step recorded no data.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>該步驟沒有提交資料。</translation>
        </message>
        <message>
            <source>Yes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>否</translation>
        </message>
        <message>
            <source>Let the workflow rules choose</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>按流程適用規則自動選擇</translation>
        </message>
        <message>
            <source>Start workflow</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開始流程</translation>
        </message>
        <message>
            <source>Workflow for this work order:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>本工單使用的流程：</translation>
        </message>
        <message>
            <source>{name} (v{number})</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name}（v{number}）</translation>
        </message>
        <message>
            <source>Reject {node}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>駁回“{node}”</translation>
        </message>
        <message>
            <source>Why is it rejected?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>駁回原因：</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderLabels</name>
        <message>
            <source>Draft</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已派單</translation>
        </message>
        <message>
            <source>In progress</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>進行中</translation>
        </message>
        <message>
            <source>Completed</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已完工</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>獎勵</translation>
        </message>
        <message>
            <source>Deduction</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>扣款</translation>
        </message>
        <message>
            <source>Correction</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>更正</translation>
        </message>
        <message>
            <source>Other</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>其他</translation>
        </message>
        <message>
            <source>Preview</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預覽</translation>
        </message>
        <message>
            <source>Frozen</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已凍結</translation>
        </message>
        <message>
            <source>Settled</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已結算</translation>
        </message>
        <message>
            <source>Partly settled</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>部分結算</translation>
        </message>
        <message>
            <source>Planned date</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>計劃日期</translation>
        </message>
        <message>
            <source>Completion date</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>完工日期</translation>
        </message>
        <message>
            <source>Created on</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>建立日期</translation>
        </message>
        <message>
            <source>Service</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務專案</translation>
        </message>
        <message>
            <source>Part</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>備件</translation>
        </message>
    </context>
    <context>
        <name>WorkOrdersPage</name>
        <message>
            <source>Number</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單號</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Customer</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區</translation>
        </message>
        <message>
            <source>Provider</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商</translation>
        </message>
        <message>
            <source>Installers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>師傅</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>場景</translation>
        </message>
        <message>
            <source>Planned</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>計劃日期</translation>
        </message>
        <message>
            <source>Completed</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>完工日期</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結算金額</translation>
        </message>
        <message>
            <source>Search number, customer or address</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>搜尋工單號、客戶或地址</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單</translation>
        </message>
        <message>
            <source>Jobs at customers' sites: who does them, what they include and what they earn. Newest first; narrow the list with the filters, double-click a work order to open it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>在客戶現場的施工任務：誰來做、包含哪些專案、能掙多少。最新的在前；用篩選條件縮小範圍，雙擊工單開啟。</translation>
        </message>
        <message>
            <source>New work order</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建工單</translation>
        </message>
        <message>
            <source>Open</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開啟</translation>
        </message>
        <message>
            <source>Complete selected</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>批次完工</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部狀態</translation>
        </message>
        <message>
            <source>Open (not completed)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未完工</translation>
        </message>
        <message>
            <source>Any region</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部地區</translation>
        </message>
        <message>
            <source>From</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>從</translation>
        </message>
        <message>
            <source>To</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>到</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>清除篩選</translation>
        </message>
        <message>
            <source>All providers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部服務商</translation>
        </message>
        <message>
            <source>All installers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全部師傅</translation>
        </message>
        <message>
            <source>Loading work orders…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在載入工單…</translation>
        </message>
        <message>
            <source>{total} work orders, {loaded} loaded; scroll down for more</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>共 {total} 條，已載入 {loaded} 條；向下滾動載入更多</translation>
        </message>
        <message>
            <source>{total} work orders</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>共 {total} 條</translation>
        </message>
        <message>
            <source>No work orders match the filters. Change them or clear them.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>沒有符合篩選條件的工單。請修改或清除篩選條件。</translation>
        </message>
        <message>
            <source>There are no work orders yet. Create one with New work order, for a customer and a crew.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>還沒有工單。點選“新建工單”，為客戶安排師傅。</translation>
        </message>
        <message>
            <source>There are no work orders for you yet.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>你還沒有工單。</translation>
        </message>
        <message>
            <source>Select open work orders to complete.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請選擇未完工的工單。</translation>
        </message>
        <message>
            <source>Complete work orders</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>批次完工</translation>
        </message>
        <message>
            <source>Complete {count} work orders? Their earnings are frozen; if any of them cannot be completed, none is.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>確定完工 {count} 個工單嗎？完工後收益將凍結；只要有一個不能完工，就都不完工。</translation>
        </message>
        <message>
            <source>Completing work orders…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>正在完工…</translation>
        </message>
        <message>
            <source>{count} work orders completed; they earn {total} in all.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已完工 {count} 個工單，收益合計 {total}。</translation>
        </message>
        <message>
            <source>{count} of the selected work orders cannot be completed, so none was completed.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>所選工單中有 {count} 個不能完工，因此都沒有完工。</translation>
        </message>
    </context>
    <context>
        <name>WorkflowCanvas</name>
        <message>
            <source>{type}: {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{type}：{name}</translation>
        </message>
        <message>
            <source>No assignee</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未指派處理人</translation>
        </message>
        <message>
            <source>No approvers</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未設審批人</translation>
        </message>
        <message>
            <source>{first} and others ({count})</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{first} 等 {count} 人</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{hours} 小時</translation>
        </message>
        <message>
            <source>Default</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>預設</translation>
        </message>
        <message>
            <source>Drag nodes here</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>將節點拖到這裡</translation>
        </message>
    </context>
    <context>
        <name>WorkflowCommands</name>
        <message>
            <source>Add %1</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新增%1</translation>
        </message>
        <message>
            <source>Connect</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>連線</translation>
        </message>
        <message>
            <source>Delete</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Move</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>移動</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改%1</translation>
        </message>
        <message>
            <source>Change connection</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改連線</translation>
        </message>
        <message>
            <source>Change stages</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>修改階段</translation>
        </message>
        <message>
            <source>Paste</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>貼上</translation>
        </message>
    </context>
    <context>
        <name>WorkflowDesigner</name>
        <message>
            <source>Undo</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>撤銷</translation>
        </message>
        <message>
            <source>Redo</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重做</translation>
        </message>
        <message>
            <source>Delete</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Copy</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複製</translation>
        </message>
        <message>
            <source>Paste</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>貼上</translation>
        </message>
        <message>
            <source>Auto layout</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>自動佈局</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>放大</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>縮小</translation>
        </message>
        <message>
            <source>100%</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>100%</translation>
        </message>
        <message>
            <source>Fit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>適合視窗</translation>
        </message>
        <message>
            <source>Import BPMN…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入 BPMN…</translation>
        </message>
        <message>
            <source>Export BPMN…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯出 BPMN…</translation>
        </message>
        <message>
            <source>{name} ({key})</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name}（{key}）</translation>
        </message>
        <message>
            <source>Retire version</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用版本</translation>
        </message>
        <message>
            <source>Retire v{number} of {name}? New work orders can no longer start on it until another version is published; work orders already running continue.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用 {name} 的 v{number}？在釋出其他版本之前，新工單將無法使用這個流程；已在進行的工單繼續進行。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未儲存的修改</translation>
        </message>
        <message>
            <source>The draft has changes that are not saved. Discard them?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>草稿有未儲存的修改。要放棄這些修改嗎？</translation>
        </message>
        <message>
            <source>Export BPMN</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯出 BPMN</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法寫入 {path}：{reason}</translation>
        </message>
        <message>
            <source>Importing replaces the draft, and its unsaved changes are lost. Go on?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入會替換草稿，未儲存的修改將丟失。繼續嗎？</translation>
        </message>
        <message>
            <source>Import BPMN</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入 BPMN</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>無法讀取 {path}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>WorkflowLabels</name>
        <message>
            <source>Start</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開始</translation>
        </message>
        <message>
            <source>Task</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>任務</translation>
        </message>
        <message>
            <source>Approval</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>審批</translation>
        </message>
        <message>
            <source>Exclusive gateway</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>排他閘道器</translation>
        </message>
        <message>
            <source>Parallel split</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>並行分支</translation>
        </message>
        <message>
            <source>Parallel join</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>並行匯聚</translation>
        </message>
        <message>
            <source>End</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>結束</translation>
        </message>
        <message>
            <source>Where every work order enters the workflow. A workflow has exactly one start.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>每個工單從這裡進入流程。一個流程只有一個開始。</translation>
        </message>
        <message>
            <source>Work a person does: assigned to a role or a user, with an optional form and SLA.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>由人完成的工作：指派給角色或使用者，可附表單和時限（SLA）。</translation>
        </message>
        <message>
            <source>One or more approvers approve or reject; a rejection can send the work back.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>一位或多位審批人同意或駁回；駁回可將工作退回到之前的節點。</translation>
        </message>
        <message>
            <source>Takes exactly one of its outgoing paths: the first whose condition holds, else the default.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>只走一條出口路徑：第一條條件成立的路徑，否則走預設路徑。</translation>
        </message>
        <message>
            <source>Starts all of its outgoing paths at the same time.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>同時開始所有出口路徑。</translation>
        </message>
        <message>
            <source>Waits until every incoming path has arrived, then continues.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>等待所有進入路徑都到達後再繼續。</translation>
        </message>
        <message>
            <source>Where the workflow finishes.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程在這裡結束。</translation>
        </message>
        <message>
            <source>New task</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新任務</translation>
        </message>
        <message>
            <source>New approval</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新審批</translation>
        </message>
    </context>
    <context>
        <name>WorkflowRuleDialog</name>
        <message>
            <source>New workflow rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建流程適用規則</translation>
        </message>
        <message>
            <source>Edit workflow rule {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯流程適用規則 {name}</translation>
        </message>
        <message>
            <source>e.g. 维修走快速流程</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>例如：維修走快速流程</translation>
        </message>
        <message>
            <source>The whole country</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全國</translation>
        </message>
        <message>
            <source>A region and everything inside it</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>某個地區及其下轄全部地區</translation>
        </message>
        <message>
            <source>Region group {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>區域分組 {name}</translation>
        </message>
        <message>
            <source>Any complexity</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>任意複雜度</translation>
        </message>
        <message>
            <source>Level {level}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{level} 級</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Name:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Applies to:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>適用範圍：</translation>
        </message>
        <message>
            <source>Provider type:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別：</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>業務場景：</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度：</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有效期：</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>優先順序：</translation>
        </message>
        <message>
            <source>A more specific region always wins, then the rule with more matching dimensions; the higher priority decides between rules equal in both.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區更具體的規則優先，其次是匹配條件更多的規則；兩者都相同時，優先順序數字大的規則勝出。</translation>
        </message>
        <message>
            <source>Workflow:</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程：</translation>
        </message>
        <message>
            <source>New work orders start on its newest published version; running ones keep theirs.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新工單使用該流程最新發布的版本；進行中的工單保持原版本。</translation>
        </message>
        <message>
            <source>Any (leave empty)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>任意（留空）</translation>
        </message>
        <message>
            <source>{name} ({key}), not published yet</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name}（{key}），尚未釋出</translation>
        </message>
        <message>
            <source>{name} ({key}), v{number}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name}（{key}），v{number}</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>請從列表中選擇地區，或輸入六位地區程式碼。</translation>
        </message>
        <message>
            <source>There are no workflows yet; design one first.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>還沒有流程，請先設計流程。</translation>
        </message>
    </context>
    <context>
        <name>WorkflowRulesPage</name>
        <message>
            <source>New rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建規則</translation>
        </message>
        <message>
            <source>Edit</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>編輯</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用</translation>
        </message>
        <message>
            <source>Work calendar…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工作日曆…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Workflow rules</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程適用規則</translation>
        </message>
        <message>
            <source>Which workflow a work order follows when its workflow starts, by region, provider type, scenario and complexity. The most specific matching rule wins; rules that could tie are refused.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>工單啟動流程時，按地區、服務商型別、業務場景和複雜度決定使用哪個流程。匹配得最具體的規則勝出；可能與其他規則打平的規則不允許儲存。</translation>
        </message>
        <message>
            <source>Rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>適用範圍</translation>
        </message>
        <message>
            <source>Provider type</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>服務商型別</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>業務場景</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>複雜度</translation>
        </message>
        <message>
            <source>Valid</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>有效期</translation>
        </message>
        <message>
            <source>Priority</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>優先順序</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用</translation>
        </message>
        <message>
            <source>Region group {name}</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>區域分組 {name}</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全國</translation>
        </message>
        <message>
            <source>Always</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>長期有效</translation>
        </message>
        <message>
            <source>{name}, not published (skipped)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name}，未釋出（暫不生效）</translation>
        </message>
        <message>
            <source>Rules: {count} ({active} active)</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則：{count} 條（啟用 {active} 條）</translation>
        </message>
        <message>
            <source>Activate</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Rule “{name}” was saved.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則“{name}”已儲存。</translation>
        </message>
        <message>
            <source>Deactivate the rule “{name}”? Workflows started from now on no longer follow it.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用規則“{name}”嗎？此後啟動的流程將不再按該規則選擇。</translation>
        </message>
        <message>
            <source>Deactivate rule</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用規則</translation>
        </message>
        <message>
            <source>Rule “{name}” is active again.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則“{name}”已重新啟用。</translation>
        </message>
        <message>
            <source>Rule “{name}” was deactivated.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>規則“{name}”已停用。</translation>
        </message>
    </context>
    <context>
        <name>WorkflowsPage</name>
        <message>
            <source>New workflow…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>新建流程…</translation>
        </message>
        <message>
            <source>Import BPMN…</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>匯入 BPMN…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>流程設計</translation>
        </message>
        <message>
            <source>Design how a work order runs from 售前 to 售后: drag nodes from the palette, connect them, and set who does each step. Publish a draft to use it; published versions never change.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>設計工單從售前到售後的流轉：從節點面板拖入節點、連線，並設定每一步由誰處理。草稿釋出後才會使用；已釋出的版本不會再改變。</translation>
        </message>
        <message>
            <source>No workflows yet — create one or import BPMN</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>還沒有流程 — 新建一個或匯入 BPMN</translation>
        </message>
        <message>
            <source>Name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Key</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>鍵</translation>
        </message>
        <message>
            <source>Published</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>已釋出</translation>
        </message>
        <message>
            <source>Draft</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>草稿</translation>
        </message>
        <message>
            <source>v{number} draft</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>v{number} 草稿</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Active</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>啟用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>停用</translation>
        </message>
        <message>
            <source>{count} workflows</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{count} 個流程</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>未儲存的修改</translation>
        </message>
        <message>
            <source>The draft of {name} has changes that are not saved. Discard them?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>{name} 的草稿有未儲存的修改。要放棄這些修改嗎？</translation>
        </message>
        <message>
            <source>The open draft has changes that are not saved. Discard them?</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>開啟的草稿有未儲存的修改。要放棄這些修改嗎？</translation>
        </message>
    </context>
</TS>
