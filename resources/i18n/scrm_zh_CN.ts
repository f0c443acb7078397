<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>App</name>
        <message>
            <source>Database password</source>
            <translation>数据库密码</translation>
        </message>
        <message>
            <source>Password for {database}:</source>
            <translation>{database} 的密码：</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>Database settings…</source>
            <translation>数据库设置…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Search user, action, record id or summary</source>
            <translation>搜索用户、操作、记录编号或摘要</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Record type:</source>
            <translation>记录类型：</translation>
        </message>
        <message>
            <source>Select an entry to see what it changed.</source>
            <translation>选择一条记录，查看它修改了什么。</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>修改内容</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Every change made in SCRM Desktop: who made it, when, and the values before and after. Entries cannot be edited or deleted.</source>
            <translation>SCRM Desktop 中的每一次修改：谁、在什么时间、修改前后的值。日志不能被编辑或删除。</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>{entity} {id}</source>
            <translation>{entity} {id}</translation>
        </message>
        <message>
            <source>{field}: {value}</source>
            <translation>{field}：{value}</translation>
        </message>
        <message>
            <source>Showing the newest {count} entries. Narrow the search to see older ones.</source>
            <translation>显示最新的 {count} 条记录。缩小搜索范围可查看更早的记录。</translation>
        </message>
        <message>
            <source>Entries: {count}</source>
            <translation>共 {count} 条</translation>
        </message>
        <message>
            <source>No entries match the search. Change or clear the filter.</source>
            <translation>没有符合搜索条件的记录。请修改或清除筛选条件。</translation>
        </message>
        <message>
            <source>The audit log has no entries yet.</source>
            <translation>审计日志中还没有记录。</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation>{field}：{before} → {after}</translation>
        </message>
        <message>
            <source>{action} by {user} at {time}</source>
            <translation>{user} 于 {time} {action}</translation>
        </message>
        <message>
            <source>Record: {entity} {id}</source>
            <translation>记录：{entity} {id}</translation>
        </message>
        <message>
            <source>Summary: {summary}</source>
            <translation>摘要：{summary}</translation>
        </message>
        <message>
            <source>This entry records no changed values.</source>
            <translation>这条记录没有修改任何值。</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>An administrator set a temporary password. Choose your own password now.</source>
            <translation>管理员为您设置了临时密码，请现在设置您自己的密码。</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>Repeat new password</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <source>Something went wrong that SCRM Desktop did not expect. Your last action was not saved.
The details were written to the log file:
{path}</source>
            <translation>SCRM Desktop 遇到了意外错误，您的上一步操作没有保存。
详细信息已写入日志文件：
{path}</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>显示详细信息</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>隐藏详细信息</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Row {row}: {message}</source>
            <translation>第 {row} 行：{message}</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>无法完成操作</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>Create the administrator — SCRM Desktop</source>
            <translation>创建管理员 — SCRM Desktop</translation>
        </message>
        <message>
            <source>Welcome to SCRM Desktop</source>
            <translation>欢迎使用 SCRM Desktop</translation>
        </message>
        <message>
            <source>This database has no users yet. Create the administrator account; the administrator then creates everyone else's.</source>
            <translation>这个数据库还没有用户。请先创建管理员账号，再由管理员为其他人创建账号。</translation>
        </message>
        <message>
            <source>e.g. 张伟</source>
            <translation>例如：张伟</translation>
        </message>
        <message>
            <source>At least {n} characters</source>
            <translation>至少 {n} 个字符</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <source>Create and sign in</source>
            <translation>创建并登录</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Signed in as {roles}.</source>
            <translation>当前身份：{roles}。</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>User accounts</source>
            <translation>用户账号</translation>
        </message>
        <message>
            <source>Recent activity</source>
            <translation>最近动态</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Nothing has happened yet.</source>
            <translation>还没有任何动态。</translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation>您好，{name}</translation>
        </message>
        <message>
            <source>Not set yet — enter the company details under File → Settings.</source>
            <translation>尚未设置——请在“文件 → 设置”中填写公司信息。</translation>
        </message>
        <message>
            <source>{active} active of {total}</source>
            <translation>{active} 个启用 / 共 {total} 个</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Pricing manager</source>
            <translation>定价经理</translation>
        </message>
        <message>
            <source>Branch editor</source>
            <translation>分公司编辑</translation>
        </message>
        <message>
            <source>Dispatcher</source>
            <translation>调度员</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <source>Installer</source>
            <translation>安装师傅</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Failed sign-in</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <source>Created user</source>
            <translation>创建用户</translation>
        </message>
        <message>
            <source>Created the first administrator</source>
            <translation>创建首个管理员</translation>
        </message>
        <message>
            <source>Changed user</source>
            <translation>修改用户</translation>
        </message>
        <message>
            <source>Enabled user</source>
            <translation>启用用户</translation>
        </message>
        <message>
            <source>Disabled user</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>Changed own password</source>
            <translation>修改本人密码</translation>
        </message>
        <message>
            <source>Changed company details</source>
            <translation>修改公司信息</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>负责地区</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>须修改密码</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Branch code</source>
            <translation>分支代码</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>标志</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translation>全国</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in — SCRM Desktop</source>
            <translation>登录 — SCRM Desktop</translation>
        </message>
        <message>
            <source>SCRM Desktop</source>
            <translation>SCRM Desktop 服务管理</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Database settings…</source>
            <translation>数据库设置…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户管理</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>SCRM Desktop</source>
            <translation>SCRM Desktop 服务管理</translation>
        </message>
        <message>
            <source>Signed in: {name} ({roles})</source>
            <translation>当前用户：{name}（{roles}）</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>修改密码(&amp;P)…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>打开日志文件夹(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;About SCRM Desktop</source>
            <translation>关于 SCRM Desktop(&amp;A)</translation>
        </message>
        <message>
            <source>About SCRM Desktop</source>
            <translation>关于 SCRM Desktop</translation>
        </message>
        <message>
            <source>SCRM Desktop {version}
Service projects, settlement prices, installer earnings, workflows and statements.
Database: {database}</source>
            <translation>SCRM Desktop {version}
服务项目、结算价、师傅收入、业务流程与结算单。
数据库：{database}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <source>Some pages have changes that are not saved. Leave anyway and lose them?</source>
            <translation>有页面的修改尚未保存。仍要离开并放弃这些修改吗？</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>This is your own account: the new password applies at once.</source>
            <translation>这是您本人的账号：新密码立即生效。</translation>
        </message>
        <message>
            <source>Set a temporary password for {name} ({username}). They must choose a new password at their next sign-in.</source>
            <translation>为 {name}（{username}）设置临时密码。对方下次登录时必须设置新密码。</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>Confirm password:</source>
            <translation>确认密码：</translation>
        </message>
        <message>
            <source>The two passwords do not match. Type the same password twice.</source>
            <translation>两次输入的密码不一致，请输入相同的密码。</translation>
        </message>
    </context>
    <context>
        <name>ScrmError</name>
        <message>
            <source>The company name must not be empty.</source>
            <translation>公司名称不能为空。</translation>
        </message>
        <message>
            <source>“{tax_id}” is not a valid unified social credit code (18 characters with a correct check character).</source>
            <translation>“{tax_id}”不是有效的统一社会信用代码（应为 18 位且校验位正确）。</translation>
        </message>
        <message>
            <source>“{phone}” is not a phone number.</source>
            <translation>“{phone}”不是有效的电话号码。</translation>
        </message>
        <message>
            <source>The branch code must be 1–16 capital letters or digits.</source>
            <translation>分支代码必须是 1–16 位大写字母或数字。</translation>
        </message>
        <message>
            <source>The logo is larger than 1 MB.</source>
            <translation>标志图片超过 1 MB。</translation>
        </message>
        <message>
            <source>The logo must be a PNG or JPEG image.</source>
            <translation>标志必须是 PNG 或 JPEG 图片。</translation>
        </message>
        <message>
            <source>{entity} was deleted by someone else. Reload and try again.</source>
            <translation>{entity} 已被他人删除。请刷新后重试。</translation>
        </message>
        <message>
            <source>{entity} was changed by {user} at {time} after you opened it. Reload and try again.</source>
            <translation>在您打开之后，{entity} 已被 {user} 于 {time} 修改。请刷新后重试。</translation>
        </message>
        <message>
            <source>The database is not empty; demo data goes into a new database only.</source>
            <translation>数据库不是空的；演示数据只能写入新数据库。</translation>
        </message>
        <message>
            <source>The task was cancelled.</source>
            <translation>任务已取消。</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>“{text}”不是有效金额。</translation>
        </message>
        <message>
            <source>{text} is too large an amount.</source>
            <translation>金额 {text} 过大。</translation>
        </message>
        <message>
            <source>{text} has more than two decimals.</source>
            <translation>{text} 的小数超过两位。</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>管理用户</translation>
        </message>
        <message>
            <source>edit company details</source>
            <translation>修改公司信息</translation>
        </message>
        <message>
            <source>view the audit log</source>
            <translation>查看审计日志</translation>
        </message>
        <message>
            <source>view personal data</source>
            <translation>查看个人敏感信息</translation>
        </message>
        <message>
            <source>edit the national catalog</source>
            <translation>修改全国项目库</translation>
        </message>
        <message>
            <source>edit the regional catalog</source>
            <translation>修改地区项目库</translation>
        </message>
        <message>
            <source>edit prices</source>
            <translation>修改价格</translation>
        </message>
        <message>
            <source>manage customers</source>
            <translation>管理客户</translation>
        </message>
        <message>
            <source>dispatch work orders</source>
            <translation>派发工单</translation>
        </message>
        <message>
            <source>manage settlement statements</source>
            <translation>管理结算单</translation>
        </message>
        <message>
            <source>design workflows and forms</source>
            <translation>设计流程和表单</translation>
        </message>
        <message>
            <source>view own earnings</source>
            <translation>查看本人收入</translation>
        </message>
        <message>
            <source>{user} is not allowed to {permission}.</source>
            <translation>{user} 没有“{permission}”的权限。</translation>
        </message>
        <message>
            <source>Region {region} is outside the regions of {user}.</source>
            <translation>地区 {region} 不在 {user} 的负责范围内。</translation>
        </message>
        <message>
            <source>The password must have at least {n} characters.</source>
            <translation>密码至少需要 {n} 个字符。</translation>
        </message>
        <message>
            <source>The password must not start or end with spaces.</source>
            <translation>密码不能以空格开头或结尾。</translation>
        </message>
        <message>
            <source>The user name “{username}” must be 2–64 letters, digits or . _ - @ (no spaces).</source>
            <translation>用户名“{username}”必须由 2–64 个字母、数字或 . _ - @ 组成（不能有空格）。</translation>
        </message>
        <message>
            <source>The name must not be empty.</source>
            <translation>名称不能为空。</translation>
        </message>
        <message>
            <source>The name must not be longer than {n} characters.</source>
            <translation>名称不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>“{role}” is not a role.</source>
            <translation>“{role}”不是有效的角色。</translation>
        </message>
        <message>
            <source>Choose at least one role.</source>
            <translation>请至少选择一个角色。</translation>
        </message>
        <message>
            <source>“{code}” is not a 6-digit region code.</source>
            <translation>“{code}”不是 6 位行政区划代码。</translation>
        </message>
        <message>
            <source>The user no longer exists.</source>
            <translation>该用户已不存在。</translation>
        </message>
        <message>
            <source>{user} is the last active administrator and must stay one.</source>
            <translation>{user} 是最后一个启用的管理员，必须保留管理员身份。</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <source>The account {username} is disabled. Ask an administrator.</source>
            <translation>账号 {username} 已停用，请联系管理员。</translation>
        </message>
        <message>
            <source>Too many wrong passwords. The account is locked for {minutes} more minutes.</source>
            <translation>密码错误次数过多，账号已锁定，请 {minutes} 分钟后再试。</translation>
        </message>
        <message>
            <source>The database already has users; sign in instead.</source>
            <translation>数据库中已有用户，请直接登录。</translation>
        </message>
        <message>
            <source>The user name {username} is already taken.</source>
            <translation>用户名 {username} 已被使用。</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>不能停用您自己的账号。</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>当前密码错误。</translation>
        </message>
        <message>
            <source>The new password must differ from the current one.</source>
            <translation>新密码不能与当前密码相同。</translation>
        </message>
        <message>
            <source>Choose the file of the SQLite database.</source>
            <translation>请选择 SQLite 数据库文件。</translation>
        </message>
        <message>
            <source>Enter the host name of the PostgreSQL server.</source>
            <translation>请输入 PostgreSQL 服务器的主机名。</translation>
        </message>
        <message>
            <source>Enter the name of the PostgreSQL database.</source>
            <translation>请输入 PostgreSQL 数据库名。</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司信息</translation>
        </message>
        <message>
            <source>Where the data is stored</source>
            <translation>数据保存位置</translation>
        </message>
        <message>
            <source>SQLite file (this computer)</source>
            <translation>SQLite 文件（本机）</translation>
        </message>
        <message>
            <source>PostgreSQL server (shared)</source>
            <translation>PostgreSQL 服务器（共享）</translation>
        </message>
        <message>
            <source>Connection URL:</source>
            <translation>连接地址：</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <source>A different database is opened after the application restarts.</source>
            <translation>更换的数据库在程序重新启动后生效。</translation>
        </message>
        <message>
            <source>The environment variable SCRM_DATABASE_URL is set; it takes precedence over this setting.</source>
            <translation>已设置环境变量 SCRM_DATABASE_URL，它优先于此处的设置。</translation>
        </message>
        <message>
            <source>Open now: {database}</source>
            <translation>当前打开：{database}</translation>
        </message>
        <message>
            <source>SQLite file</source>
            <translation>SQLite 文件</translation>
        </message>
        <message>
            <source>Path of the database file</source>
            <translation>数据库文件路径</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>One file on this computer: for a single office, also without a network. A file that does not exist yet is created at start-up.</source>
            <translation>保存在本机的一个文件：适合单个办公室，无网络也能使用。文件不存在时会在启动时创建。</translation>
        </message>
        <message>
            <source>PostgreSQL server</source>
            <translation>PostgreSQL 服务器</translation>
        </message>
        <message>
            <source>e.g. db.example.com</source>
            <translation>例如：db.example.com</translation>
        </message>
        <message>
            <source>e.g. scrm</source>
            <translation>例如：scrm</translation>
        </message>
        <message>
            <source>Empty: your operating-system user name</source>
            <translation>留空：使用操作系统用户名</translation>
        </message>
        <message>
            <source>Prefer encryption</source>
            <translation>优先加密</translation>
        </message>
        <message>
            <source>Require encryption</source>
            <translation>必须加密</translation>
        </message>
        <message>
            <source>No encryption</source>
            <translation>不加密</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>主机：</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>端口：</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>用户：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>SSL mode:</source>
            <translation>SSL 模式：</translation>
        </message>
        <message>
            <source>The password is not saved. Put it in ~/.pgpass (or PGPASSWORD), or you will be asked for it when the app starts.</source>
            <translation>密码不会被保存。可写入 ~/.pgpass（或环境变量 PGPASSWORD），否则程序启动时会询问。</translation>
        </message>
        <message>
            <source>Choose the database file</source>
            <translation>选择数据库文件</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>SQLite 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <source>Testing the database connection…</source>
            <translation>正在测试数据库连接…</translation>
        </message>
        <message>
            <source>The test was cancelled.</source>
            <translation>测试已取消。</translation>
        </message>
        <message>
            <source>The file does not exist yet; it is created when the application starts.</source>
            <translation>文件尚不存在，将在程序启动时创建。</translation>
        </message>
        <message>
            <source>Connected: {server}. The database is empty; the tables are created when the application starts.</source>
            <translation>连接成功：{server}。数据库是空的，程序启动时会创建数据表。</translation>
        </message>
        <message>
            <source>Connected: {server}, schema revision {revision}, which is newer than this version of the application knows. Update the application first.</source>
            <translation>连接成功：{server}，结构版本 {revision} 比本程序所知的更新。请先升级程序。</translation>
        </message>
        <message>
            <source>Connected: {server}, schema revision {revision} (up to date).</source>
            <translation>连接成功：{server}，结构版本 {revision}（最新）。</translation>
        </message>
        <message>
            <source>Connected: {server}, schema revision {revision}; it is upgraded to {head} when the application starts.</source>
            <translation>连接成功：{server}，结构版本 {revision}；程序启动时会升级到 {head}。</translation>
        </message>
        <message>
            <source>Connection failed: {reason}</source>
            <translation>连接失败：{reason}</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>界面语言：</translation>
        </message>
        <message>
            <source>The new language applies after the application restarts.</source>
            <translation>新的语言在程序重新启动后生效。</translation>
        </message>
        <message>
            <source>The company details are stored in the database. Sign in to see or change them.</source>
            <translation>公司信息保存在数据库中，登录后才能查看或修改。</translation>
        </message>
        <message>
            <source>The company details could not be loaded: {reason}</source>
            <translation>无法读取公司信息：{reason}</translation>
        </message>
        <message>
            <source>Settlement statements print these details.</source>
            <translation>结算单上会打印这些信息。</translation>
        </message>
        <message>
            <source>Settlement statements print these details. You may not change them; ask an administrator.</source>
            <translation>结算单上会打印这些信息。您无权修改，请联系管理员。</translation>
        </message>
        <message>
            <source>Company details</source>
            <translation>公司信息</translation>
        </message>
        <message>
            <source>18 characters</source>
            <translation>18 位</translation>
        </message>
        <message>
            <source>e.g. GZ</source>
            <translation>例如：GZ</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Unified social credit code:</source>
            <translation>统一社会信用代码：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>Branch code:</source>
            <translation>分支代码：</translation>
        </message>
        <message>
            <source>Part of every document number, e.g. WO-GZ-… and JS-GZ-…; capital letters and digits.</source>
            <translation>用于所有单据编号，例如 WO-GZ-… 和 JS-GZ-…；只能是大写字母和数字。</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>标志</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>PNG or JPEG, at most 1 MB.</source>
            <translation>PNG 或 JPEG 格式，不超过 1 MB。</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>无标志</translation>
        </message>
        <message>
            <source>Not an image</source>
            <translation>不是图片</translation>
        </message>
        <message>
            <source>Choose the company logo</source>
            <translation>选择公司标志</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>New user</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <source>Edit user {name}</source>
            <translation>编辑用户 {name}</translation>
        </message>
        <message>
            <source>e.g. 450000, 450100 (empty: the whole country)</source>
            <translation>例如：450000, 450100（留空表示全国）</translation>
        </message>
        <message>
            <source>Must change the password at the next sign-in</source>
            <translation>下次登录时必须修改密码</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Confirm password:</source>
            <translation>确认密码：</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <source>Six-digit region codes separated by commas or spaces. The user may work in these regions and everything inside them. Leave empty for the whole country.</source>
            <translation>6 位行政区划代码，用逗号或空格分隔。用户可以处理这些地区及其下级地区的业务。留空表示全国。</translation>
        </message>
        <message>
            <source>Regions:</source>
            <translation>负责地区：</translation>
        </message>
        <message>
            <source>Create user</source>
            <translation>创建用户</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>The two passwords do not match. Type the same password twice.</source>
            <translation>两次输入的密码不一致，请输入相同的密码。</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Search user name, name or role</source>
            <translation>搜索用户名、姓名或角色</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户管理</translation>
        </message>
        <message>
            <source>Accounts that can sign in, their roles and the regions they work in. Accounts are never deleted: disable them instead, so the audit log keeps its history.</source>
            <translation>可以登录的账号、角色及负责地区。账号不会被删除，只能停用，以便审计日志保留完整历史。</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>负责地区</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>最近登录</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>须修改密码</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Users: {count}</source>
            <translation>共 {count} 个用户</translation>
        </message>
        <message>
            <source>Matching the search: {shown} of {total}</source>
            <translation>符合搜索：{shown} / {total}</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>The password of {name} was reset.</source>
            <translation>已重置 {name} 的密码。</translation>
        </message>
        <message>
            <source>User {name} was created.</source>
            <translation>已创建用户 {name}。</translation>
        </message>
        <message>
            <source>The changes to {name} were saved.</source>
            <translation>已保存对 {name} 的修改。</translation>
        </message>
        <message>
            <source>Disable user</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <source>Disable the account of {name} ({username})? They can no longer sign in. The account and its history are kept, and you can enable it again later.</source>
            <translation>停用 {name}（{username}）的账号吗？停用后将无法登录。账号及其历史记录会保留，以后可以重新启用。</translation>
        </message>
        <message>
            <source>{name} can sign in again.</source>
            <translation>{name} 可以重新登录了。</translation>
        </message>
        <message>
            <source>{name} was disabled.</source>
            <translation>已停用 {name}。</translation>
        </message>
    </context>
</TS>
