<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
            <source>Company name</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>公司名稱</translation>
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
            <source>Whole country</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>全國</translation>
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
            <source>dispatch work orders</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>派發工單</translation>
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
            <source>Region {region} is outside the regions of {user}.</source>
            <translatorcomment>opencc s2twp</translatorcomment>
            <translation>地區 {region} 不在 {user} 的負責範圍內。</translation>
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
</TS>
