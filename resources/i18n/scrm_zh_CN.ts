<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ActiveNodeCard</name>
        <message>
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>剩余 {time}</translation>
        </message>
        <message>
            <source>Stage:</source>
            <translation>阶段：</translation>
        </message>
        <message>
            <source>Approvers:</source>
            <translation>审批人：</translation>
        </message>
        <message>
            <source>Assignee:</source>
            <translation>处理人：</translation>
        </message>
        <message>
            <source>Entered:</source>
            <translation>进入时间：</translation>
        </message>
        <message>
            <source>Due:</source>
            <translation>截止时间：</translation>
        </message>
        <message>
            <source>Votes so far:</source>
            <translation>已有意见：</translation>
        </message>
        <message>
            <source>Waiting for {assignee}.</source>
            <translation>等待{assignee}处理。</translation>
        </message>
        <message>
            <source>Waiting for the approvers.</source>
            <translation>等待审批人处理。</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation>备注（选填）</translation>
        </message>
        <message>
            <source>Submit and advance</source>
            <translation>提交并前进</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>同意</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>驳回…</translation>
        </message>
        <message>
            <source>Send back…</source>
            <translation>退回…</translation>
        </message>
        <message>
            <source>No time limit</source>
            <translation>无时限</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} 天 {hours} 小时</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} 小时 {minutes} 分钟</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} 分钟</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>暂无</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>同意</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>驳回</translation>
        </message>
        <message>
            <source>{who}: {vote}</source>
            <translation>{who}：{vote}</translation>
        </message>
    </context>
    <context>
        <name>AdjustDialog</name>
        <message>
            <source>Adjust prices</source>
            <translation>调整价格</translation>
        </message>
        <message>
            <source>By percent (+/- %)</source>
            <translation>按百分比（+/- %）</translation>
        </message>
        <message>
            <source>By amount (+/- yuan)</source>
            <translation>按金额（+/- 元）</translation>
        </message>
        <message>
            <source>e.g. 5 or -2.5</source>
            <translation>例如 5 或 -2.5</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>调整方式</translation>
        </message>
        <message>
            <source>By</source>
            <translation>幅度</translation>
        </message>
        <message>
            <source>Round half up</source>
            <translation>四舍五入</translation>
        </message>
        <message>
            <source>Adjust the {count} selected prices.</source>
            <translation>调整选中的 {count} 个价格。</translation>
        </message>
        <message>
            <source>Cells without a price are left as they are. The result is rounded half up.</source>
            <translation>没有价格的单元格保持不变。结果按四舍五入取整。</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>“{text}”不是有效数字。</translation>
        </message>
    </context>
    <context>
        <name>AdjustmentsEditor</name>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>For</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Why, e.g. 客户好评奖励</source>
            <translation>原因，例如：客户好评奖励</translation>
        </message>
        <message>
            <source>Add adjustment</source>
            <translation>添加调整</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>金额：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>对象：</translation>
        </message>
        <message>
            <source>A bonus adds to the earnings and a deduction takes away: type the amount as a positive number, a deduction is stored as a negative one. Corrections and others count as typed.</source>
            <translation>奖励增加收益，扣款减少收益：金额请填正数，扣款会按负数保存。更正和其他按所填金额（可为负数）计入。</translation>
        </message>
        <message>
            <source>Whole crew by shares</source>
            <translation>全体按份额</translation>
        </message>
        <message>
            <source>Type a positive amount; a deduction is stored as a negative one.</source>
            <translation>请填正数，扣款按负数保存。</translation>
        </message>
        <message>
            <source>Type a positive amount.</source>
            <translation>请填正数。</translation>
        </message>
        <message>
            <source>Type a negative amount to take money away.</source>
            <translation>减少收益请填负数。</translation>
        </message>
        <message>
            <source>Counts as {amount}</source>
            <translation>计为 {amount}</translation>
        </message>
        <message>
            <source>Type the amount of the adjustment.</source>
            <translation>请填写调整金额。</translation>
        </message>
        <message>
            <source>Say why: every adjustment needs a reason.</source>
            <translation>请填写原因：每笔调整都需要原因。</translation>
        </message>
    </context>
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
        <name>BatchExportDialog</name>
        <message>
            <source>Export PDFs</source>
            <translation>批量导出 PDF</translation>
        </message>
        <message>
            <source>One PDF file per statement, into a folder</source>
            <translation>每份结算单一个 PDF 文件，保存到文件夹</translation>
        </message>
        <message>
            <source>All statements in one PDF file (for printing)</source>
            <translation>全部结算单合并为一个 PDF 文件（便于打印）</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Export {count} statements as PDF.</source>
            <translation>将 {count} 份结算单导出为 PDF。</translation>
        </message>
        <message>
            <source>Save the merged PDF</source>
            <translation>保存合并的 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Folder for the PDF files</source>
            <translation>PDF 文件保存到的文件夹</translation>
        </message>
        <message>
            <source>Choose a folder or a file first.</source>
            <translation>请先选择文件夹或文件。</translation>
        </message>
    </context>
    <context>
        <name>BreakdownPanel</name>
        <message>
            <source>Customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>Show customers</source>
            <translation>查看这些客户</translation>
        </message>
        <message>
            <source>Open the customer list filtered to the selected row.</source>
            <translation>打开客户列表，只显示所选行的客户。</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>CatalogItemsPage</name>
        <message>
            <source>National</source>
            <translation>全国</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部分类</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>复杂度</translation>
        </message>
        <message>
            <source>Owner region</source>
            <translation>所属区域</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Search code, name or specification</source>
            <translation>搜索编码、名称或规格</translation>
        </message>
        <message>
            <source>Show inactive</source>
            <translation>显示已停用</translation>
        </message>
        <message>
            <source>Service items</source>
            <translation>项目库</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>New category under the selected one</source>
            <translation>在所选分类下新建分类</translation>
        </message>
        <message>
            <source>Rename or move the selected category</source>
            <translation>重命名或移动所选分类</translation>
        </message>
        <message>
            <source>Delete the selected category (only when it is empty)</source>
            <translation>删除所选分类（仅限空分类）</translation>
        </message>
        <message>
            <source>Rows: {count}</source>
            <translation>共 {count} 条</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} rows</source>
            <translation>显示 {shown} / {total} 条</translation>
        </message>
        <message>
            <source>This row belongs to the national catalog. Only administrators and pricing managers can change it.</source>
            <translation>此条目属于全国目录，只有管理员和定价经理可以修改。</translation>
        </message>
        <message>
            <source>This row belongs to {region}, outside your regions.</source>
            <translation>此条目属于{region}，不在您的负责区域内。</translation>
        </message>
        <message>
            <source>Edit the selected row</source>
            <translation>编辑所选条目</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Only administrators and pricing managers can change the categories.</source>
            <translation>只有管理员和定价经理可以修改分类。</translation>
        </message>
        <message>
            <source>Saved {code} {name}.</source>
            <translation>已保存 {code} {name}。</translation>
        </message>
        <message>
            <source>{code} is active again.</source>
            <translation>{code} 已重新启用。</translation>
        </message>
        <message>
            <source>{code} was deactivated.</source>
            <translation>{code} 已停用。</translation>
        </message>
        <message>
            <source>Saved the category {path}.</source>
            <translation>已保存分类 {path}。</translation>
        </message>
        <message>
            <source>Delete category</source>
            <translation>删除分类</translation>
        </message>
        <message>
            <source>Delete the empty category {path}?</source>
            <translation>删除空分类 {path}？</translation>
        </message>
        <message>
            <source>Deleted the category {path}.</source>
            <translation>已删除分类 {path}。</translation>
        </message>
    </context>
    <context>
        <name>CatalogLinesEditor</name>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Settlement price</source>
            <translation>结算单价</translation>
        </message>
        <message>
            <source>Settlement amount</source>
            <translation>结算金额</translation>
        </message>
        <message>
            <source>Sales price</source>
            <translation>销售单价</translation>
        </message>
        <message>
            <source>Sales amount</source>
            <translation>销售金额</translation>
        </message>
        <message>
            <source>No price</source>
            <translation>无价格</translation>
        </message>
        <message>
            <source>Type a code or name and pick a service item or part</source>
            <translation>输入编码或名称，选择服务项目或备件</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>移除所选行</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>数量：</translation>
        </message>
        <message>
            <source>No prices: {problem}</source>
            <translation>无法计价：{problem}</translation>
        </message>
        <message>
            <source>Pick a service item or part from the list.</source>
            <translation>请从列表中选择服务项目或备件。</translation>
        </message>
    </context>
    <context>
        <name>CatalogPages</name>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>备件</translation>
        </message>
    </context>
    <context>
        <name>CategoryDialog</name>
        <message>
            <source>New category</source>
            <translation>新建分类</translation>
        </message>
        <message>
            <source>Category {name}</source>
            <translation>分类 {name}</translation>
        </message>
        <message>
            <source>e.g. AC-INSTALL</source>
            <translation>例如 AC-INSTALL</translation>
        </message>
        <message>
            <source>(top level)</source>
            <translation>（顶级）</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <source>Parent:</source>
            <translation>上级分类：</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Tier rules refer to categories by their code; keep codes stable once rules use them.</source>
            <translation>档位规则通过编码引用分类；规则使用后请勿随意修改编码。</translation>
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
        <name>ChangesModel</name>
        <message>
            <source>What</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>Changed fields</source>
            <translation>改动的字段</translation>
        </message>
    </context>
    <context>
        <name>ConditionEditor</name>
        <message>
            <source>equals</source>
            <translation>等于</translation>
        </message>
        <message>
            <source>does not equal</source>
            <translation>不等于</translation>
        </message>
        <message>
            <source>greater than</source>
            <translation>大于</translation>
        </message>
        <message>
            <source>at least</source>
            <translation>大于等于</translation>
        </message>
        <message>
            <source>less than</source>
            <translation>小于</translation>
        </message>
        <message>
            <source>at most</source>
            <translation>小于等于</translation>
        </message>
        <message>
            <source>is one of</source>
            <translation>属于</translation>
        </message>
        <message>
            <source>is none of</source>
            <translation>不属于</translation>
        </message>
        <message>
            <source>contains</source>
            <translation>包含</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>为空</translation>
        </message>
        <message>
            <source>is not empty</source>
            <translation>不为空</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>yes/no</source>
            <translation>是/否</translation>
        </message>
        <message>
            <source>choice</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>form field</source>
            <translation>表单字段</translation>
        </message>
        <message>
            <source>Settlement amount</source>
            <translation>结算金额</translation>
        </message>
        <message>
            <source>Sales amount</source>
            <translation>销售金额</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>场景</translation>
        </message>
        <message>
            <source>Provider type</source>
            <translation>服务商类型</translation>
        </message>
        <message>
            <source>Region code</source>
            <translation>区县代码</translation>
        </message>
        <message>
            <source>Province code</source>
            <translation>省份代码</translation>
        </message>
        <message>
            <source>City code</source>
            <translation>城市代码</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>复杂度</translation>
        </message>
        <message>
            <source>Number of lines</source>
            <translation>明细行数</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Write one or more values, separated by commas.</source>
            <translation>请填写一个或多个值，用逗号分隔。</translation>
        </message>
        <message>
            <source>'{value}' is not a number.</source>
            <translation>“{value}”不是数字。</translation>
        </message>
        <message>
            <source>Choose yes or no.</source>
            <translation>请选择是或否。</translation>
        </message>
        <message>
            <source>Write a value to compare with.</source>
            <translation>请填写要比较的值。</translation>
        </message>
        <message>
            <source>all of these hold</source>
            <translation>以下全部成立</translation>
        </message>
        <message>
            <source>any of these holds</source>
            <translation>以下任一成立</translation>
        </message>
        <message>
            <source>Add comparison</source>
            <translation>添加比较</translation>
        </message>
        <message>
            <source>Take this path when</source>
            <translation>走这条路径的条件：</translation>
        </message>
        <message>
            <source>Operators: == != &gt; &gt;= &lt; &lt;= in, not in, and, or, not; functions: empty(x), contains(x, 'text'), len, min, max, round, upper, lower, startswith.</source>
            <translation>运算符：== != &gt; &gt;= &lt; &lt;= in、not in、and、or、not；函数：empty(x)、contains(x, '文本')、len、min、max、round、upper、lower、startswith。</translation>
        </message>
        <message>
            <source>Builder</source>
            <translation>结构化</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Remove condition</source>
            <translation>删除条件</translation>
        </message>
        <message>
            <source>an unknown language</source>
            <translation>未知语言</translation>
        </message>
        <message>
            <source>⚠ This condition was imported in {language}, which this program never executes, so the workflow cannot be published yet. Write the condition again below and apply it; the imported one is then removed.</source>
            <translation>⚠ 这个条件是以 {language} 导入的，本程序不会执行它，因此流程暂时不能发布。请在下面重新编写条件并应用，导入的条件随即删除。</translation>
        </message>
        <message>
            <source>This condition has nested groups or calculations, which the builder cannot show; edit it as text.</source>
            <translation>这个条件含有嵌套分组或计算，结构化编辑器无法显示，请在文本模式中编辑。</translation>
        </message>
        <message>
            <source>Comparison {number}: {reason}</source>
            <translation>第 {number} 个比较：{reason}</translation>
        </message>
        <message>
            <source>No comparison: the path has no condition.</source>
            <translation>没有比较：这条路径没有条件。</translation>
        </message>
        <message>
            <source>Empty: the path has no condition.</source>
            <translation>为空：这条路径没有条件。</translation>
        </message>
        <message>
            <source>No earlier node records {names}; publishing will be refused until it does.</source>
            <translation>前面没有节点记录 {names}；在补上之前无法发布。</translation>
        </message>
        <message>
            <source>✓ The condition is valid.</source>
            <translation>✓ 条件有效。</translation>
        </message>
        <message>
            <source>Correct the text first; the builder can only show a valid condition.</source>
            <translation>请先改正文本；结构化编辑器只能显示有效的条件。</translation>
        </message>
        <message>
            <source>Not applied: correct the condition first.</source>
            <translation>未应用：请先改正条件。</translation>
        </message>
        <message>
            <source>Changed: press Apply.</source>
            <translation>已修改：请点“应用”。</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Remove this comparison</source>
            <translation>删除这个比较</translation>
        </message>
        <message>
            <source>{name} · unknown field</source>
            <translation>{name} · 未知字段</translation>
        </message>
        <message>
            <source>Choose a field.</source>
            <translation>请选择字段。</translation>
        </message>
        <message>
            <source>(no value)</source>
            <translation>（无需填写值）</translation>
        </message>
        <message>
            <source>Values separated by commas, e.g. 安装, 维修</source>
            <translation>多个值用逗号分隔，例如 安装, 维修</translation>
        </message>
        <message>
            <source>A number, e.g. 1000</source>
            <translation>数字，例如 1000</translation>
        </message>
        <message>
            <source>Text to compare with</source>
            <translation>要比较的文本</translation>
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
        <name>CrewEditor</name>
        <message>
            <source>Installer</source>
            <translation>师傅</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>份额 %</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Split equally</source>
            <translation>平分</translation>
        </message>
        <message>
            <source>Choose the provider first</source>
            <translation>请先选择服务商</translation>
        </message>
        <message>
            <source>Choose an installer to add</source>
            <translation>选择要添加的师傅</translation>
        </message>
        <message>
            <source>This provider has no active installers</source>
            <translation>该服务商没有在职师傅</translation>
        </message>
        <message>
            <source>No installers yet: add the crew that does the job.</source>
            <translation>还没有师傅：请添加施工的师傅。</translation>
        </message>
        <message>
            <source>Shares add up to 100%.</source>
            <translation>份额合计 100%。</translation>
        </message>
        <message>
            <source>Shares add up to {sum}%, not 100%.</source>
            <translation>份额合计 {sum}%，应为 100%。</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <source>Edit customer {name}</source>
            <translation>编辑客户 {name}</translation>
        </message>
        <message>
            <source>Mobile or landline, e.g. 138 1234 5678 or 020-3888 6688</source>
            <translation>手机或座机，例如 138 1234 5678 或 020-3888 6688</translation>
        </message>
        <message>
            <source>e.g. 广东省深圳市南山区科技园南区 8 栋 1201</source>
            <translation>例如 广东省深圳市南山区科技园南区 8 栋 1201</translation>
        </message>
        <message>
            <source>Separate tags with commas, e.g. VIP, 老客户</source>
            <translation>多个标签用逗号分隔，例如 VIP，老客户</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>The middle digits are hidden because you may not view personal data. Leave the number as it is to keep it, or type a new number.</source>
            <translation>您没有查看个人信息的权限，号码中间几位已隐藏。保持不变即保留原号码，也可以输入新号码。</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>Service address:</source>
            <translation>服务地址：</translation>
        </message>
        <message>
            <source>Filled in from the address as you type. Pick another region if it is wrong.</source>
            <translation>输入地址时自动识别；如识别有误，请另选地区。</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>地区：</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <source>Channel ids:</source>
            <translation>渠道账号：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>负责人：</translation>
        </message>
        <message>
            <source>Create customer</source>
            <translation>创建客户</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>The address fits several regions:</source>
            <translation>该地址对应多个地区：</translation>
        </message>
        <message>
            <source>Choose the region the address means</source>
            <translation>请选择地址所指的地区</translation>
        </message>
        <message>
            <source>No owner rule applies to this region: the customer will have no owner.</source>
            <translation>没有适用于该地区的分配规则：客户将暂无负责人。</translation>
        </message>
        <message>
            <source>The owner rules give customers here to {owner} (rule “{rule}”).</source>
            <translation>按分配规则，该地区的客户归 {owner}（规则“{rule}”）。</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>{owner}. The owner rules now give customers here to {rules_owner}; the owner changes when an administrator re-assigns customers.</source>
            <translation>{owner}。按分配规则，该地区的客户现归 {rules_owner}；管理员重新分配客户后负责人才会变更。</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>The address fits several regions. Choose the right one before saving: {regions}.</source>
            <translation>该地址对应多个地区，请先选择正确的地区再保存：{regions}。</translation>
        </message>
    </context>
    <context>
        <name>CustomerImportWizard</name>
        <message>
            <source>Import customers</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <source>{rows} rows with {columns} columns read from {file}.</source>
            <translation>已从 {file} 读取 {rows} 行，共 {columns} 列。</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>正在读取 {file}…</translation>
        </message>
        <message>
            <source>The file could not be read. Choose another file or correct this one.</source>
            <translation>无法读取该文件。请选择其他文件，或修正此文件。</translation>
        </message>
        <message>
            <source>Checking {n} rows…</source>
            <translation>正在检查 {n} 行…</translation>
        </message>
        <message>
            <source>Importing {n} customers…</source>
            <translation>正在导入 {n} 位客户…</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was written.</source>
            <translation>导入已取消，未写入任何数据。</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct the problem and try again.</source>
            <translation>未导入任何数据。请修正问题后重试。</translation>
        </message>
    </context>
    <context>
        <name>CustomerLabels</name>
        <message>
            <source>WeCom</source>
            <translation>企业微信</translation>
        </message>
        <message>
            <source>Douyin</source>
            <translation>抖音</translation>
        </message>
        <message>
            <source>Taobao</source>
            <translation>淘宝</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Service address</source>
            <translation>服务地址</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省</translation>
        </message>
        <message>
            <source>City</source>
            <translation>市</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>Choose a region</source>
            <translation>需选择地区</translation>
        </message>
        <message>
            <source>Region chosen</source>
            <translation>已选地区</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>不导入</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <source>Search a customer by name or phone number</source>
            <translation>按姓名或电话搜索客户</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Service address</source>
            <translation>服务地址</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Channel ids</source>
            <translation>渠道账号</translation>
        </message>
        <message>
            <source>Search name, phone or address</source>
            <translation>搜索姓名、电话或地址</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Customers with their service address, region and owner. Pick a region on the left or search to narrow the list; new and imported customers get their owner from the owner rules.</source>
            <translation>客户及其服务地址、所属地区和负责人。在左侧选择地区或输入搜索以缩小范围；新建和导入的客户按分配规则自动指定负责人。</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>全部地区</translation>
        </message>
        <message>
            <source>Without region</source>
            <translation>未识别地区</translation>
        </message>
        <message>
            <source>Find a region</source>
            <translation>查找地区</translation>
        </message>
        <message>
            <source>Only regions with customers</source>
            <translation>只显示有客户的地区</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>显示全部</translation>
        </message>
        <message>
            <source>Loading customers…</source>
            <translation>正在加载客户…</translation>
        </message>
        <message>
            <source>Showing the customers in the region group {group}.</source>
            <translation>正在显示地区分组“{group}”内的客户。</translation>
        </message>
        <message>
            <source>Showing the customers without an owner.</source>
            <translation>正在显示没有负责人的客户。</translation>
        </message>
        <message>
            <source>Showing the customers of {owner}.</source>
            <translation>正在显示 {owner} 负责的客户。</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} customers</source>
            <translation>显示 {shown} / 共 {total} 位客户</translation>
        </message>
        <message>
            <source>Customers: {count}</source>
            <translation>客户：{count}</translation>
        </message>
        <message>
            <source>No customers match the filter. Change the search or pick another region.</source>
            <translation>没有符合筛选条件的客户。请修改搜索内容或选择其他地区。</translation>
        </message>
        <message>
            <source>There are no customers yet. Add one with New customer, or import a CSV or Excel file.</source>
            <translation>还没有客户。点击“新建客户”添加，或导入 CSV / Excel 文件。</translation>
        </message>
        <message>
            <source>There are no customers in your regions yet.</source>
            <translation>您负责的地区还没有客户。</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>已保存 {name}。</translation>
        </message>
        <message>
            <source>Saved {name}. The current filter hides this customer.</source>
            <translation>已保存 {name}。当前筛选条件下不显示该客户。</translation>
        </message>
        <message>
            <source>{count} customers imported.</source>
            <translation>已导入 {count} 位客户。</translation>
        </message>
        <message>
            <source>customers-{date}.xlsx</source>
            <translation>客户-{date}.xlsx</translation>
        </message>
        <message>
            <source>Export customers</source>
            <translation>导出客户</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Exporting customers…</source>
            <translation>正在导出客户…</translation>
        </message>
        <message>
            <source>{count} customers written to {file}.</source>
            <translation>已将 {count} 位客户写入 {file}。</translation>
        </message>
    </context>
    <context>
        <name>DeriveDialog</name>
        <message>
            <source>Derive a tier column</source>
            <translation>按档位推算价格列</translation>
        </message>
        <message>
            <source>Only the selected rows</source>
            <translation>仅选中的行</translation>
        </message>
        <message>
            <source>Fill the column</source>
            <translation>填写的列</translation>
        </message>
        <message>
            <source>From the column</source>
            <translation>依据的列</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>乘以系数</translation>
        </message>
        <message>
            <source>Round half up</source>
            <translation>四舍五入</translation>
        </message>
        <message>
            <source>Applies to the rows the filter shows. Rows without a price in the source column keep their value.</source>
            <translation>作用于当前筛选显示的行。依据列没有价格的行保持原值。</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>“{text}”不是有效数字。</translation>
        </message>
        <message>
            <source>Choose two different columns.</source>
            <translation>请选择两个不同的列。</translation>
        </message>
        <message>
            <source>The factor must not be negative.</source>
            <translation>系数不能为负数。</translation>
        </message>
    </context>
    <context>
        <name>EarningsPanel</name>
        <message>
            <source>Earnings</source>
            <translation>收益</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>结算档位</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>结算单价</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>结算金额</translation>
        </message>
        <message>
            <source>Sales tier</source>
            <translation>销售档位</translation>
        </message>
        <message>
            <source>Sales unit price</source>
            <translation>销售单价</translation>
        </message>
        <message>
            <source>Sales amount</source>
            <translation>销售金额</translation>
        </message>
        <message>
            <source>No price</source>
            <translation>无价格</translation>
        </message>
        <message>
            <source>Click a tier to see which rule chose it and why.</source>
            <translation>点击档位，查看是哪条规则选中了它以及原因。</translation>
        </message>
        <message>
            <source>{kind}: {reason}</source>
            <translation>{kind}：{reason}</translation>
        </message>
        <message>
            <source>Whole crew by shares</source>
            <translation>全体按份额</translation>
        </message>
        <message>
            <source>Installer</source>
            <translation>师傅</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>份额</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>项目所得</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>调整</translation>
        </message>
        <message>
            <source>Earns</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>结算状态</translation>
        </message>
        <message>
            <source>Not settled</source>
            <translation>未结算</translation>
        </message>
        <message>
            <source>Partly settled: {settled} settled, {unsettled} to settle</source>
            <translation>部分结算：已结算 {settled}，待结算 {unsettled}</translation>
        </message>
        <message>
            <source>Settled {amount}</source>
            <translation>已结算 {amount}</translation>
        </message>
        <message>
            <source>Not settled {amount}</source>
            <translation>未结算 {amount}</translation>
        </message>
        <message>
            <source> (correction {amount})</source>
            <translation>（含更正 {amount}）</translation>
        </message>
        <message>
            <source>Frozen · completed on {date}</source>
            <translation>已冻结 · 完工于 {date}</translation>
        </message>
        <message>
            <source>Later price or rule changes never move these figures.</source>
            <translation>之后价格或规则的修改不会改变这些数字。</translation>
        </message>
        <message>
            <source>Preview (not frozen)</source>
            <translation>预览（未冻结）</translation>
        </message>
        <message>
            <source>Priced with the prices and rules in force on {date}; frozen when the work order is completed.</source>
            <translation>按 {date} 生效的价格和规则计算；完工时冻结。</translation>
        </message>
        <message>
            <source>{count} prices are missing, so this work order cannot be completed until they are fixed: {problem}</source>
            <translation>有 {count} 处价格缺失，补齐之前工单不能完工：{problem}</translation>
        </message>
        <message>
            <source>Add service items or parts to see what the job earns.</source>
            <translation>添加服务项目或备件后，这里显示本单收益。</translation>
        </message>
        <message>
            <source>Add the crew to see what each installer earns.</source>
            <translation>添加师傅后，这里显示每位师傅的收益。</translation>
        </message>
        <message>
            <source>Settlement total {total} (lines {lines}, adjustments {adjustments}) · sales total {sales}</source>
            <translation>结算合计 {total}（项目 {lines}，调整 {adjustments}）· 销售合计 {sales}</translation>
        </message>
        <message>
            <source>Split over the crew: {parts} = {total}</source>
            <translation>按份额分给师傅：{parts} = {total}</translation>
        </message>
    </context>
    <context>
        <name>EditorPreview</name>
        <message>
            <source>YYYY-MM-DD  ▾</source>
            <translation>年-月-日  ▾</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM  ▾</source>
            <translation>年-月-日 时:分  ▾</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <source>No options yet</source>
            <translation>尚无选项</translation>
        </message>
        <message>
            <source>Province / city / district  ▾</source>
            <translation>省 / 市 / 区县  ▾</translation>
        </message>
        <message>
            <source>Choose a customer…  ▾</source>
            <translation>选择客户…  ▾</translation>
        </message>
        <message>
            <source>Choose a user…  ▾</source>
            <translation>选择人员…  ▾</translation>
        </message>
        <message>
            <source>Item or part · quantity · settlement price
＋ Add line</source>
            <translation>项目或备件 · 数量 · 结算价
＋ 添加明细</translation>
        </message>
        <message>
            <source>＋ Add photos</source>
            <translation>＋ 添加照片</translation>
        </message>
        <message>
            <source>＋ Add files</source>
            <translation>＋ 添加附件</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translation>在此签名</translation>
        </message>
        <message>
            <source>(no formula yet)</source>
            <translation>（尚未填写公式）</translation>
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
        <name>FieldCard</name>
        <message>
            <source>Shown only when its condition holds</source>
            <translation>仅在条件成立时显示</translation>
        </message>
        <message>
            <source>Required when its condition holds</source>
            <translation>条件成立时必填</translation>
        </message>
    </context>
    <context>
        <name>FieldPermissionsModel</name>
        <message>
            <source>Form field</source>
            <translation>表单字段</translation>
        </message>
        <message>
            <source>Permission</source>
            <translation>权限</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <source>Customers are imported from an Excel workbook (.xlsx) or a CSV file. The first row holds the column names; each further row is one customer.</source>
            <translation>从 Excel 工作簿（.xlsx）或 CSV 文件导入客户。第一行为列名，之后每行一位客户。</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>未选择文件</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>Recognised column names include 姓名, 电话, 地址, 省, 市, 区, 标签, 企业微信, 抖音, 淘宝 and 备注 (an exported customer list imports again). You can match other names in the next step.</source>
            <translation>可自动识别的列名包括 姓名、电话、地址、省、市、区、标签、企业微信、抖音、淘宝 和 备注（导出的客户表可直接再导入）。其他列名可在下一步手动对应。</translation>
        </message>
        <message>
            <source>Import customers</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <source>Customer lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
            <translation>客户表 (*.xlsx *.csv *.txt);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv *.txt)</translation>
        </message>
    </context>
    <context>
        <name>FilePicker</name>
        <message>
            <source>Add photos…</source>
            <translation>添加照片…</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>添加照片</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>添加文件</translation>
        </message>
        <message>
            <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp)</source>
            <translation>文档和图片 (*.pdf *.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}</source>
            <translation>无法读取“{name}”：{reason}</translation>
        </message>
        <message>
            <source>At most {count} files can be added here.</source>
            <translation>此处最多可添加 {count} 个文件。</translation>
        </message>
        <message>
            <source>“{name}” is not an image.</source>
            <translation>“{name}”不是图片。</translation>
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
        <name>FormCanvas</name>
        <message>
            <source>Drag fields from the palette on the left and drop them here. Fields side by side share a row.</source>
            <translation>把左侧的字段拖到这里。并排放置的字段共用一行。</translation>
        </message>
        <message>
            <source>This row is full: at most {count} fields</source>
            <translation>这一行已满：最多 {count} 个字段</translation>
        </message>
    </context>
    <context>
        <name>FormCommands</name>
        <message>
            <source>Option {number}</source>
            <translation>选项 {number}</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>添加{name}</translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translation>删除{name}</translation>
        </message>
        <message>
            <source>Move {name}</source>
            <translation>移动{name}</translation>
        </message>
        <message>
            <source>Change {name}</source>
            <translation>修改{name}</translation>
        </message>
        <message>
            <source>Duplicate {name}</source>
            <translation>复制{name}</translation>
        </message>
    </context>
    <context>
        <name>FormDesigner</name>
        <message>
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Placeholder</source>
            <translation>占位提示</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认值</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最小值</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>最大值</translation>
        </message>
        <message>
            <source>Shortest</source>
            <translation>最短长度</translation>
        </message>
        <message>
            <source>Longest</source>
            <translation>最长长度</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>格式（正则）</translation>
        </message>
        <message>
            <source>Decimals</source>
            <translation>小数位数</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>Shown when</source>
            <translation>显示条件</translation>
        </message>
        <message>
            <source>Required when</source>
            <translation>必填条件</translation>
        </message>
        <message>
            <source>Most files</source>
            <translation>文件数上限</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>宽度</translation>
        </message>
        <message>
            <source>Arrangement of the fields</source>
            <translation>字段排列</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>布局</translation>
        </message>
        <message>
            <source>No form open</source>
            <translation>未打开表单</translation>
        </message>
        <message>
            <source>New submissions use this version; it never changes</source>
            <translation>新的提交使用此版本；此版本不会再改变</translation>
        </message>
        <message>
            <source>No new submissions use this version any more</source>
            <translation>新的提交不再使用此版本</translation>
        </message>
        <message>
            <source>This form already has a draft; open it to edit</source>
            <translation>此表单已有草稿；打开草稿进行编辑</translation>
        </message>
        <message>
            <source>The two versions have the same fields and layout.</source>
            <translation>两个版本的字段与布局相同。</translation>
        </message>
        <message>
            <source>A published version cannot be changed. New submissions use it; stored submissions keep the version they were made with.</source>
            <translation>发布后的版本不能再修改。新的提交使用该版本；已保存的提交仍按提交时的版本显示。</translation>
        </message>
        <message>
            <source>For example: 增加现场照片</source>
            <translation>例如：增加现场照片</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Delete field</source>
            <translation>删除字段</translation>
        </message>
        <message>
            <source>Duplicate field</source>
            <translation>复制字段</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>导出 JSON…</translation>
        </message>
        <message>
            <source>Import JSON…</source>
            <translation>导入 JSON…</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>设计</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Retire version</source>
            <translation>停用版本</translation>
        </message>
        <message>
            <source>Retire v{number} of {name}? New submissions can no longer use it until another version is published; stored submissions keep reading with it.</source>
            <translation>停用 {name} 的 v{number}？在发布其他版本之前，新的提交将无法使用此表单；已保存的提交仍按此版本显示。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <source>The draft has changes that are not saved. Discard them?</source>
            <translation>草稿有未保存的修改。要放弃这些修改吗？</translation>
        </message>
        <message>
            <source>Export form</source>
            <translation>导出表单</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <source>The open draft has changes that are not saved, and importing opens another. Discard them?</source>
            <translation>当前草稿有未保存的修改，导入会打开另一个草稿。要放弃这些修改吗？</translation>
        </message>
        <message>
            <source>Import form</source>
            <translation>导入表单</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>FormFieldTypes</name>
        <message>
            <source>Text</source>
            <translation>单行文本</translation>
        </message>
        <message>
            <source>Multi-line text</source>
            <translation>多行文本</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>日期时间</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>单选</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translation>多选</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>User</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Items and parts</source>
            <translation>项目与备件</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>Checkbox</source>
            <translation>勾选框</translation>
        </message>
        <message>
            <source>Computed</source>
            <translation>计算字段</translation>
        </message>
        <message>
            <source>One line of text, with optional length and pattern.</source>
            <translation>一行文字，可限制长度和格式。</translation>
        </message>
        <message>
            <source>Several lines of text: remarks, descriptions.</source>
            <translation>多行文字：备注、描述等。</translation>
        </message>
        <message>
            <source>A number with optional minimum, maximum and decimals.</source>
            <translation>数字，可设最小值、最大值和小数位数。</translation>
        </message>
        <message>
            <source>An amount in yuan with two decimals, never rounded.</source>
            <translation>以元为单位的金额，两位小数，精确不舍入。</translation>
        </message>
        <message>
            <source>A calendar date.</source>
            <translation>一个日期。</translation>
        </message>
        <message>
            <source>A date with a time of day.</source>
            <translation>日期加具体时间。</translation>
        </message>
        <message>
            <source>One option from a list.</source>
            <translation>从列表中选一项。</translation>
        </message>
        <message>
            <source>Any number of options from a list.</source>
            <translation>从列表中选任意多项。</translation>
        </message>
        <message>
            <source>Province, city and district, chosen in turn.</source>
            <translation>依次选择省、市、区县。</translation>
        </message>
        <message>
            <source>A customer from the customer list.</source>
            <translation>从客户列表中选择一位客户。</translation>
        </message>
        <message>
            <source>A user of this program.</source>
            <translation>本系统的一位用户。</translation>
        </message>
        <message>
            <source>Service items and spare parts with quantities; they become work-order lines.</source>
            <translation>服务项目和备件及数量；会成为工单明细。</translation>
        </message>
        <message>
            <source>One or more photos, stored in the database.</source>
            <translation>一张或多张照片，保存在数据库中。</translation>
        </message>
        <message>
            <source>Files such as PDFs, stored in the database.</source>
            <translation>PDF 等文件，保存在数据库中。</translation>
        </message>
        <message>
            <source>A signature drawn with the mouse or a pen.</source>
            <translation>用鼠标或手写笔签名。</translation>
        </message>
        <message>
            <source>Yes or no.</source>
            <translation>是或否。</translation>
        </message>
        <message>
            <source>Calculated from other fields by a formula; nobody types it.</source>
            <translation>由公式根据其他字段计算，无需填写。</translation>
        </message>
    </context>
    <context>
        <name>FormIssuesPanel</name>
        <message>
            <source>No problems — ready to publish</source>
            <translation>没有问题 — 可以发布</translation>
        </message>
        <message>
            <source>{count} warnings — can be published</source>
            <translation>{count} 个警告 — 可以发布</translation>
        </message>
        <message>
            <source>{count} problems</source>
            <translation>{count} 个问题</translation>
        </message>
    </context>
    <context>
        <name>FormPreview</name>
        <message>
            <source>Check entries</source>
            <translation>检查填写</translation>
        </message>
        <message>
            <source>Validate what you entered with the rules a submission must pass</source>
            <translation>按提交时的规则检查所填内容</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>This is the form exactly as work orders will show it. Try it: rules and computed fields work as they will; nothing entered here is saved.</source>
            <translation>这就是工单中显示的表单。可以试填：显示规则和计算字段都会生效；这里填写的内容不会保存。</translation>
        </message>
        <message>
            <source>The form has no fields yet: add some on the Design tab.</source>
            <translation>表单还没有字段：请在“设计”页添加。</translation>
        </message>
        <message>
            <source>The preview cannot be drawn yet: {reason}</source>
            <translation>暂时无法预览：{reason}</translation>
        </message>
        <message>
            <source>{count} fields need attention; each error is shown under its field.</source>
            <translation>{count} 个字段需要修改；错误显示在各字段下方。</translation>
        </message>
        <message>
            <source>✓ These entries would be accepted.</source>
            <translation>✓ 这些内容可以提交。</translation>
        </message>
    </context>
    <context>
        <name>FormProblemsModel</name>
        <message>
            <source>The form</source>
            <translation>表单</translation>
        </message>
        <message>
            <source>Error: blocks publishing</source>
            <translation>错误：不能发布</translation>
        </message>
        <message>
            <source>Warning: does not block publishing</source>
            <translation>警告：不影响发布</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
    </context>
    <context>
        <name>FormPropertiesPanel</name>
        <message>
            <source>This version is read-only. Start a new draft to change the form.</source>
            <translation>此版本只读。如需修改表单，请新建草稿。</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Ticked at first</source>
            <translation>默认勾选</translation>
        </message>
        <message>
            <source>Whole row</source>
            <translation>整行</translation>
        </message>
        <message>
            <source>{count} of {total} columns</source>
            <translation>{total} 列中占 {count} 列</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>键：</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <source>Help:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>Placeholder:</source>
            <translation>占位提示：</translation>
        </message>
        <message>
            <source>Default:</source>
            <translation>默认值：</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>宽度：</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation>校验</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>None</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>不限</translation>
        </message>
        <message>
            <source> decimals</source>
            <translation> 位小数</translation>
        </message>
        <message>
            <source>Up to {count}</source>
            <translation>最多 {count} 个</translation>
        </message>
        <message>
            <source>Minimum:</source>
            <translation>最小值：</translation>
        </message>
        <message>
            <source>Maximum:</source>
            <translation>最大值：</translation>
        </message>
        <message>
            <source>Shortest:</source>
            <translation>最短：</translation>
        </message>
        <message>
            <source>Longest:</source>
            <translation>最长：</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <source>Decimals:</source>
            <translation>小数位数：</translation>
        </message>
        <message>
            <source>Most files:</source>
            <translation>文件数上限：</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Double-click an option to rename it. Stored data keeps the text.</source>
            <translation>双击选项可重命名。已保存的数据保留原文字。</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>Shown when</source>
            <translation>显示条件</translation>
        </message>
        <message>
            <source>Show this field when</source>
            <translation>显示此字段的条件：</translation>
        </message>
        <message>
            <source>No comparison: the field is always shown.</source>
            <translation>没有比较条件：字段始终显示。</translation>
        </message>
        <message>
            <source>Empty: the field is always shown.</source>
            <translation>为空：字段始终显示。</translation>
        </message>
        <message>
            <source>The form has no field {names}; publishing will be refused until it does.</source>
            <translation>表单中没有字段 {names}；在补上之前无法发布。</translation>
        </message>
        <message>
            <source>Required when</source>
            <translation>必填条件</translation>
        </message>
        <message>
            <source>Require this field when</source>
            <translation>此字段必填的条件：</translation>
        </message>
        <message>
            <source>No comparison: only the Required box decides.</source>
            <translation>没有比较条件：只按“必填”勾选决定。</translation>
        </message>
        <message>
            <source>Empty: only the Required box decides.</source>
            <translation>为空：只按“必填”勾选决定。</translation>
        </message>
        <message>
            <source>Select a field on the canvas to edit it. Drag fields from the palette; drop them between rows for a new row or beside a field to share its row.</source>
            <translation>在画布上选中字段即可编辑。从字段面板拖入字段：放在两行之间会新起一行，放在某个字段旁边则与它同行。</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>表单</translation>
        </message>
        <message>
            <source>{fields} fields in {rows} rows.</source>
            <translation>共 {fields} 个字段，{rows} 行。</translation>
        </message>
        <message>
            <source>No pattern: any text of the allowed length.</source>
            <translation>未设格式：允许长度内的任何文字。</translation>
        </message>
        <message>
            <source>The pattern is not valid: {reason}</source>
            <translation>格式无效：{reason}</translation>
        </message>
        <message>
            <source>✓ The pattern is valid.</source>
            <translation>✓ 格式有效。</translation>
        </message>
        <message>
            <source>Fields it may use: {names}</source>
            <translation>可使用的字段：{names}</translation>
        </message>
        <message>
            <source>No other fields yet.</source>
            <translation>还没有其他字段。</translation>
        </message>
        <message>
            <source>Write a formula over the other fields.</source>
            <translation>请用其他字段写一个公式。</translation>
        </message>
        <message>
            <source>The form has no field {names}.</source>
            <translation>表单中没有字段 {names}。</translation>
        </message>
        <message>
            <source>✓ The formula is valid.</source>
            <translation>✓ 公式有效。</translation>
        </message>
        <message>
            <source>A key starts with a letter and has only letters, digits and '_' (at most {limit}).</source>
            <translation>键以字母开头，只能包含字母、数字和“_”（最多 {limit} 个字符）。</translation>
        </message>
        <message>
            <source>Another field already has the key {key}.</source>
            <translation>已有其他字段使用键 {key}。</translation>
        </message>
        <message>
            <source>Option {number}</source>
            <translation>选项 {number}</translation>
        </message>
    </context>
    <context>
        <name>FormRenderer</name>
        <message>
            <source>Fill in</source>
            <translation>填写</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Computed: {formula}</source>
            <translation>自动计算：{formula}</translation>
        </message>
        <message>
            <source>Computed from other fields</source>
            <translation>由其他字段自动计算</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>New form…</source>
            <translation>新建表单…</translation>
        </message>
        <message>
            <source>Import JSON…</source>
            <translation>导入 JSON…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>表单设计</translation>
        </message>
        <message>
            <source>Design the forms workflow steps collect (勘察表, 报价单, 完工确认 …): drag fields from the palette, arrange them in rows, set their rules and try them in the preview. Publish a draft to use it.</source>
            <translation>设计流程各步骤要填写的表单（勘察表、报价单、完工确认……）：从字段面板拖入字段，按行排列，设置规则，并在预览中试填。草稿发布后即可使用。</translation>
        </message>
        <message>
            <source>No forms yet — create one or import a form export</source>
            <translation>还没有表单 — 新建一个或导入导出的表单</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>v{number} draft</source>
            <translation>v{number} 草稿</translation>
        </message>
        <message>
            <source>{count} forms</source>
            <translation>{count} 个表单</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <source>The draft of {name} has changes that are not saved. Discard them?</source>
            <translation>{name} 的草稿有未保存的修改。要放弃这些修改吗？</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Price history</source>
            <translation>价格历史</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>Old price</source>
            <translation>原价格</translation>
        </message>
        <message>
            <source>New price</source>
            <translation>新价格</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>修改人</translation>
        </message>
        <message>
            <source>Changed at</source>
            <translation>修改时间</translation>
        </message>
        <message>
            <source>This cell has never had a price.</source>
            <translation>该单元格从未设置过价格。</translation>
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
        <name>ImportReportDialog</name>
        <message>
            <source>BPMN imported</source>
            <translation>BPMN 已导入</translation>
        </message>
        <message>
            <source>Imported as draft v{version} of {key}: {nodes} nodes, {edges} connections.</source>
            <translation>已导入为 {key} 的草稿 v{version}：{nodes} 个节点，{edges} 条连线。</translation>
        </message>
        <message>
            <source>Check these points before publishing; conditions in other languages must be rewritten (they are listed as problems):</source>
            <translation>发布前请检查以下几点；其他语言写的条件必须重写（它们已列为问题）：</translation>
        </message>
        <message>
            <source>Everything in the file was understood.</source>
            <translation>文件中的内容全部已识别。</translation>
        </message>
    </context>
    <context>
        <name>InstallerDialog</name>
        <message>
            <source>New installer</source>
            <translation>新建安装师傅</translation>
        </message>
        <message>
            <source>Installer {code} {name}</source>
            <translation>安装师傅 {code} {name}</translation>
        </message>
        <message>
            <source>Edit {code} {name}</source>
            <translation>编辑 {code} {name}</translation>
        </message>
        <message>
            <source>e.g. GZ-HT-09 (letters, digits, - _ .)</source>
            <translation>例如 GZ-HT-09（字母、数字、- _ .）</translation>
        </message>
        <message>
            <source>18 characters; the last may be X</source>
            <translation>18 位，最后一位可以是 X</translation>
        </message>
        <message>
            <source>(no sign-in account)</source>
            <translation>（无登录账号）</translation>
        </message>
        <message>
            <source>{account} — linked to {installer}</source>
            <translation>{account} — 已关联 {installer}</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Service provider:</source>
            <translation>服务商：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>ID number:</source>
            <translation>身份证号：</translation>
        </message>
        <message>
            <source>Leave empty when the installer works wherever the provider does; otherwise the regions must lie inside the provider's.</source>
            <translation>留空表示在服务商覆盖的全部地区工作；否则所选地区必须在服务商的覆盖地区之内。</translation>
        </message>
        <message>
            <source>Works in:</source>
            <translation>工作地区：</translation>
        </message>
        <message>
            <source>Sign-in account:</source>
            <translation>登录账号：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Payment and tax</source>
            <translation>收款与纳税</translation>
        </message>
        <message>
            <source>Bank:</source>
            <translation>开户银行：</translation>
        </message>
        <message>
            <source>Account number:</source>
            <translation>账号：</translation>
        </message>
        <message>
            <source>Tax:</source>
            <translation>纳税方式：</translation>
        </message>
        <message>
            <source>The ID number and the account number are hidden. Leave them to keep them, or type the full new number.</source>
            <translation>身份证号和银行账号已隐藏。不修改则保留原号码，或输入完整的新号码。</translation>
        </message>
        <message>
            <source>Choose the service provider the installer works for.</source>
            <translation>请选择该安装师傅所属的服务商。</translation>
        </message>
    </context>
    <context>
        <name>InstallerEarningsPage</name>
        <message>
            <source>Installer earnings</source>
            <translation>师傅收益</translation>
        </message>
        <message>
            <source>What each installer earns in a month: live previews of open work orders, figures frozen at completion and waiting for a statement, and settled ones. Pick an installer, or a row of the month's totals.</source>
            <translation>每位师傅一个月的收益：未完工工单的实时预览、完工时冻结待结算的金额、已结算的金额。选择师傅，或点击左侧的月度汇总。</translation>
        </message>
        <message>
            <source>My earnings</source>
            <translation>我的收益</translation>
        </message>
        <message>
            <source>What you earn this month, day by day: previews of open work orders change until they are completed; frozen figures are fixed and wait for the next statement; settled ones are paid.</source>
            <translation>你本月每天的收益：未完工工单的预览在完工前会变化；已冻结的金额不再变化，等待下一次结算；已结算的已经支付。</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>上个月</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>下个月</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Choose an installer</source>
            <translation>选择师傅</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>月份：</translation>
        </message>
        <message>
            <source>Installer:</source>
            <translation>师傅：</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Open work orders; changes until completed</source>
            <translation>未完工工单，完工前会变化</translation>
        </message>
        <message>
            <source>Frozen</source>
            <translation>已冻结</translation>
        </message>
        <message>
            <source>Completed, waiting for a statement</source>
            <translation>已完工，等待结算</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>已结算</translation>
        </message>
        <message>
            <source>On an issued statement</source>
            <translation>已列入结算单</translation>
        </message>
        <message>
            <source>Month total</source>
            <translation>本月合计</translation>
        </message>
        <message>
            <source>Preview + frozen + settled</source>
            <translation>预览 + 已冻结 + 已结算</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translation>工单数</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>工单号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Installer's share</source>
            <translation>师傅所得</translation>
        </message>
        <message>
            <source>My share</source>
            <translation>我的收益</translation>
        </message>
        <message>
            <source>Earnings</source>
            <translation>收益状态</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>按日</translation>
        </message>
        <message>
            <source>Work orders of the month (double-click to open)</source>
            <translation>本月工单（双击打开）</translation>
        </message>
        <message>
            <source>Installer</source>
            <translation>师傅</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>Every installer in the month (completed work)</source>
            <translation>本月各师傅（已完工）</translation>
        </message>
        <message>
            <source>Loading earnings…</source>
            <translation>正在加载收益…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Ask an administrator to link your sign-in account to your installer record on the Installers page.</source>
            <translation>请管理员在“安装师傅”页把你的登录账号关联到你的师傅档案。</translation>
        </message>
        <message>
            <source>There are no installers yet: add them on the Installers page.</source>
            <translation>还没有师傅：请在“安装师傅”页添加。</translation>
        </message>
        <message>
            <source>Choose an installer to see their month.</source>
            <translation>选择师傅，查看其本月收益。</translation>
        </message>
        <message>
            <source>{count} installers earned {total} in {month} (frozen and settled).</source>
            <translation>{month} 共 {count} 位师傅，收益 {total}（已冻结及已结算）。</translation>
        </message>
        <message>
            <source>No work was completed in {month}.</source>
            <translation>{month} 没有完工的工单。</translation>
        </message>
        <message>
            <source>{name} ({code}) · {provider}</source>
            <translation>{name}（{code}）· {provider}</translation>
        </message>
        <message>
            <source>{count} open work orders cannot be priced completely yet; their preview leaves out the lines without a price.</source>
            <translation>有 {count} 个未完工工单尚不能完整计价；预览未计入没有价格的项目。</translation>
        </message>
        <message>
            <source>No earnings in {month} yet. Work orders you are on show here once they are planned.</source>
            <translation>{month} 还没有收益。安排了计划日期的工单会显示在这里。</translation>
        </message>
    </context>
    <context>
        <name>InstallersPage</name>
        <message>
            <source>We withhold tax</source>
            <translation>代扣个税</translation>
        </message>
        <message>
            <source>Self-invoicing</source>
            <translation>自行开票纳税</translation>
        </message>
        <message>
            <source>Search code, name, phone, provider or sign-in account</source>
            <translation>搜索编码、姓名、电话、服务商或登录账号</translation>
        </message>
        <message>
            <source>Working in region, e.g. 天河区</source>
            <translation>工作地区，例如 天河区</translation>
        </message>
        <message>
            <source>Installers</source>
            <translation>安装师傅</translation>
        </message>
        <message>
            <source>The installers of each service provider, where they work, how they are paid and taxed, and the sign-in account that shows them their own work orders and earnings.</source>
            <translation>各服务商的安装师傅：工作地区、收款与纳税方式，以及用于查看本人工单和收入的登录账号。</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Service provider</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>Works in</source>
            <translation>工作地区</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>纳税方式</translation>
        </message>
        <message>
            <source>Sign-in account</source>
            <translation>登录账号</translation>
        </message>
        <message>
            <source>Wherever the provider works:
{regions}</source>
            <translation>与服务商覆盖地区相同：
{regions}</translation>
        </message>
        <message>
            <source>New installer</source>
            <translation>新建安装师傅</translation>
        </message>
        <message>
            <source>All providers</source>
            <translation>全部服务商</translation>
        </message>
        <message>
            <source>Installers: {count}</source>
            <translation>安装师傅：{count}</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} installers</source>
            <translation>显示 {shown} / {total} 位安装师傅</translation>
        </message>
    </context>
    <context>
        <name>IssuesPanel</name>
        <message>
            <source>No problems — ready to publish</source>
            <translation>没有问题 — 可以发布</translation>
        </message>
        <message>
            <source>{count} warnings — can be published</source>
            <translation>{count} 个警告 — 可以发布</translation>
        </message>
        <message>
            <source>{count} problems</source>
            <translation>{count} 个问题</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>New service item</source>
            <translation>新建项目</translation>
        </message>
        <message>
            <source>New spare part</source>
            <translation>新建备件</translation>
        </message>
        <message>
            <source>Catalog row {code}</source>
            <translation>目录条目 {code}</translation>
        </message>
        <message>
            <source>Edit {code} {name}</source>
            <translation>编辑 {code} {name}</translation>
        </message>
        <message>
            <source>e.g. S-AC-WALL-1 (letters, digits, - _ .)</source>
            <translation>例如 S-AC-WALL-1（字母、数字、- _ .）</translation>
        </message>
        <message>
            <source>e.g. 台, 套, 米</source>
            <translation>例如 台、套、米</translation>
        </message>
        <message>
            <source>Short description of the work</source>
            <translation>服务内容简述</translation>
        </message>
        <message>
            <source>Brand, model or specification</source>
            <translation>品牌、型号或规格</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>（无分类）</translation>
        </message>
        <message>
            <source>1 = simple, 5 = most demanding; tier rules can depend on it.</source>
            <translation>1 = 简单，5 = 难度最高；档位规则可按复杂度区分。</translation>
        </message>
        <message>
            <source>Empty: national catalog. Or a region, e.g. 广州市</source>
            <translation>留空为全国目录，或填写区域，例如 广州市</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>单位：</translation>
        </message>
        <message>
            <source>Specification:</source>
            <translation>规格/说明：</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>分类：</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translation>复杂度：</translation>
        </message>
        <message>
            <source>Owner region:</source>
            <translation>所属区域：</translation>
        </message>
        <message>
            <source>Leave empty for a national row; name a region for a row only that region uses.</source>
            <translation>留空表示全国通用；填写区域则仅该区域使用。</translation>
        </message>
        <message>
            <source>Branch rows belong to one of your regions: {regions}.</source>
            <translation>分公司条目须属于您负责的区域之一：{regions}。</translation>
        </message>
        <message>
            <source>“{text}” is not one region. Pick one from the list or type its six-digit code.</source>
            <translation>“{text}”不是唯一的区域，请从列表中选择或输入六位区划代码。</translation>
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
            <source>Created region group</source>
            <translation>新建地区分组</translation>
        </message>
        <message>
            <source>Changed region group</source>
            <translation>修改地区分组</translation>
        </message>
        <message>
            <source>Deleted region group</source>
            <translation>删除地区分组</translation>
        </message>
        <message>
            <source>Created catalog category</source>
            <translation>新建目录分类</translation>
        </message>
        <message>
            <source>Renamed catalog category</source>
            <translation>修改目录分类</translation>
        </message>
        <message>
            <source>Moved catalog category</source>
            <translation>移动目录分类</translation>
        </message>
        <message>
            <source>Deleted catalog category</source>
            <translation>删除目录分类</translation>
        </message>
        <message>
            <source>Created catalog item</source>
            <translation>新建目录条目</translation>
        </message>
        <message>
            <source>Changed catalog item</source>
            <translation>修改目录条目</translation>
        </message>
        <message>
            <source>Activated catalog item</source>
            <translation>启用目录条目</translation>
        </message>
        <message>
            <source>Deactivated catalog item</source>
            <translation>停用目录条目</translation>
        </message>
        <message>
            <source>Loaded demo catalog items</source>
            <translation>载入演示目录条目</translation>
        </message>
        <message>
            <source>Created service package</source>
            <translation>新建服务包</translation>
        </message>
        <message>
            <source>Changed service package</source>
            <translation>修改服务包</translation>
        </message>
        <message>
            <source>Activated service package</source>
            <translation>启用服务包</translation>
        </message>
        <message>
            <source>Deactivated service package</source>
            <translation>停用服务包</translation>
        </message>
        <message>
            <source>Created customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <source>Changed customer</source>
            <translation>修改客户</translation>
        </message>
        <message>
            <source>Imported customers</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <source>Reassigned customer owners</source>
            <translation>重新分配客户负责人</translation>
        </message>
        <message>
            <source>Loaded demo customers</source>
            <translation>载入演示客户</translation>
        </message>
        <message>
            <source>Created owner rule</source>
            <translation>新建归属规则</translation>
        </message>
        <message>
            <source>Changed owner rule</source>
            <translation>修改归属规则</translation>
        </message>
        <message>
            <source>Activated owner rule</source>
            <translation>启用归属规则</translation>
        </message>
        <message>
            <source>Deactivated owner rule</source>
            <translation>停用归属规则</translation>
        </message>
        <message>
            <source>Created price tier</source>
            <translation>新建档位</translation>
        </message>
        <message>
            <source>Renamed price tier</source>
            <translation>重命名档位</translation>
        </message>
        <message>
            <source>Reordered price tiers</source>
            <translation>调整档位顺序</translation>
        </message>
        <message>
            <source>Saved prices</source>
            <translation>保存价格</translation>
        </message>
        <message>
            <source>Created tier rule</source>
            <translation>新建档位规则</translation>
        </message>
        <message>
            <source>Changed tier rule</source>
            <translation>修改档位规则</translation>
        </message>
        <message>
            <source>Activated tier rule</source>
            <translation>启用档位规则</translation>
        </message>
        <message>
            <source>Deactivated tier rule</source>
            <translation>停用档位规则</translation>
        </message>
        <message>
            <source>Created provider type</source>
            <translation>新建服务商类型</translation>
        </message>
        <message>
            <source>Renamed provider type</source>
            <translation>重命名服务商类型</translation>
        </message>
        <message>
            <source>Reordered provider types</source>
            <translation>调整服务商类型顺序</translation>
        </message>
        <message>
            <source>Activated provider type</source>
            <translation>启用服务商类型</translation>
        </message>
        <message>
            <source>Deactivated provider type</source>
            <translation>停用服务商类型</translation>
        </message>
        <message>
            <source>Created service provider</source>
            <translation>新建服务商</translation>
        </message>
        <message>
            <source>Changed service provider</source>
            <translation>修改服务商</translation>
        </message>
        <message>
            <source>Activated service provider</source>
            <translation>启用服务商</translation>
        </message>
        <message>
            <source>Deactivated service provider</source>
            <translation>停用服务商</translation>
        </message>
        <message>
            <source>Loaded demo providers</source>
            <translation>载入演示服务商</translation>
        </message>
        <message>
            <source>Created installer</source>
            <translation>新建安装师傅</translation>
        </message>
        <message>
            <source>Changed installer</source>
            <translation>修改安装师傅</translation>
        </message>
        <message>
            <source>Activated installer</source>
            <translation>启用安装师傅</translation>
        </message>
        <message>
            <source>Deactivated installer</source>
            <translation>停用安装师傅</translation>
        </message>
        <message>
            <source>Created work order</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <source>Changed work order</source>
            <translation>修改工单</translation>
        </message>
        <message>
            <source>Put work order back to draft</source>
            <translation>工单退回草稿</translation>
        </message>
        <message>
            <source>Assigned work order</source>
            <translation>工单派单</translation>
        </message>
        <message>
            <source>Started work order</source>
            <translation>工单开工</translation>
        </message>
        <message>
            <source>Cancelled work order</source>
            <translation>取消工单</translation>
        </message>
        <message>
            <source>Completed work order (earnings frozen)</source>
            <translation>工单完工（收益冻结）</translation>
        </message>
        <message>
            <source>Reopened work order</source>
            <translation>重新打开工单</translation>
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
            <source>Region group</source>
            <translation>地区分组</translation>
        </message>
        <message>
            <source>Catalog category</source>
            <translation>目录分类</translation>
        </message>
        <message>
            <source>Catalog item</source>
            <translation>目录条目</translation>
        </message>
        <message>
            <source>Service package</source>
            <translation>服务包</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Owner rule</source>
            <translation>归属规则</translation>
        </message>
        <message>
            <source>Price tier</source>
            <translation>档位</translation>
        </message>
        <message>
            <source>Price book</source>
            <translation>价格本</translation>
        </message>
        <message>
            <source>Tier rule</source>
            <translation>档位规则</translation>
        </message>
        <message>
            <source>Provider type</source>
            <translation>服务商类型</translation>
        </message>
        <message>
            <source>Service provider</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>工单</translation>
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
            <source>Record name</source>
            <translation>名称</translation>
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
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Member regions</source>
            <translation>成员地区</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>规格/说明</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>Parent category</source>
            <translation>上级分类</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>复杂度</translation>
        </message>
        <message>
            <source>Owner region</source>
            <translation>所属区域</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>明细</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translation>全国</translation>
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>From package</source>
            <translation>来自服务包</translation>
        </message>
        <message>
            <source>Type a code or name and pick a service item or part</source>
            <translation>输入编码或名称，选择服务项目或备件</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>移除所选行</translation>
        </message>
        <message>
            <source>Add from package</source>
            <translation>从服务包添加</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>数量：</translation>
        </message>
        <message>
            <source>Double-click a quantity to change it.</source>
            <translation>双击数量可修改。</translation>
        </message>
        <message>
            <source>Pick a service item or part from the list.</source>
            <translation>请从列表中选择服务项目或备件。</translation>
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
            <source>Service items</source>
            <translation>项目库</translation>
        </message>
        <message>
            <source>Spare parts</source>
            <translation>备件库</translation>
        </message>
        <message>
            <source>Service packages</source>
            <translation>服务包</translation>
        </message>
        <message>
            <source>Price tiers</source>
            <translation>价格档位</translation>
        </message>
        <message>
            <source>Tier rules</source>
            <translation>档位规则</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Service providers</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>Installers</source>
            <translation>安装师傅</translation>
        </message>
        <message>
            <source>Region dashboard</source>
            <translation>区域看板</translation>
        </message>
        <message>
            <source>Owner rules</source>
            <translation>归属规则</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Installer earnings</source>
            <translation>师傅收益</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>结算单</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>流程设计</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>表单设计</translation>
        </message>
        <message>
            <source>Workflow rules</source>
            <translation>流程适用规则</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>地区</translation>
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
            <source>Work &amp;calendar…</source>
            <translation>工作日历(&amp;C)…</translation>
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
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>对应列</translation>
        </message>
        <message>
            <source>Say which column of the file holds which customer field. The choices are guessed from the column names; fields without a column stay empty.</source>
            <translation>指定文件中哪一列对应客户的哪个字段。已根据列名自动推测；未指定列的字段留空。</translation>
        </message>
        <message>
            <source>{field} (required):</source>
            <translation>{field}（必填）：</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}：</translation>
        </message>
        <message>
            <source>The first rows of the file:</source>
            <translation>文件的前几行：</translation>
        </message>
        <message>
            <source>{letter}: {header}</source>
            <translation>{letter}：{header}</translation>
        </message>
        <message>
            <source>— not in the file —</source>
            <translation>— 文件中没有 —</translation>
        </message>
        <message>
            <source>Column {letter}: {header}</source>
            <translation>第 {letter} 列：{header}</translation>
        </message>
        <message>
            <source>Choose the column that holds the customer name.</source>
            <translation>请选择客户姓名所在的列。</translation>
        </message>
        <message>
            <source>Column {column} is chosen for both {first} and {second}. A column can fill one field only.</source>
            <translation>第 {column} 列同时对应了“{first}”和“{second}”。每列只能对应一个字段。</translation>
        </message>
    </context>
    <context>
        <name>MiniMap</name>
        <message>
            <source>Click or drag to move the view</source>
            <translation>单击或拖动以移动视图</translation>
        </message>
    </context>
    <context>
        <name>NewFormDialog</name>
        <message>
            <source>New form</source>
            <translation>新建表单</translation>
        </message>
        <message>
            <source>e.g. 现场勘察表</source>
            <translation>例如：现场勘察表</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>键：</translation>
        </message>
        <message>
            <source>Letters, digits, '-' and '_', starting with a letter. It never changes.</source>
            <translation>可用字母、数字、“-”和“_”，以字母开头。创建后不能修改。</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>描述：</translation>
        </message>
        <message>
            <source>Create form</source>
            <translation>创建表单</translation>
        </message>
        <message>
            <source>The new form starts as an empty draft; add its fields next.</source>
            <translation>新表单是一个空草稿；接下来添加字段。</translation>
        </message>
    </context>
    <context>
        <name>NewWorkflowDialog</name>
        <message>
            <source>New workflow</source>
            <translation>新建流程</translation>
        </message>
        <message>
            <source>e.g. 标准安装流程</source>
            <translation>例如：标准安装流程</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>键：</translation>
        </message>
        <message>
            <source>Letters, digits, '-' and '_', starting with a letter. It never changes.</source>
            <translation>字母、数字、“-”和“_”，以字母开头。创建后不能修改。</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>Create workflow</source>
            <translation>创建流程</translation>
        </message>
        <message>
            <source>The new workflow starts as a draft with a start joined to an end; design it next.</source>
            <translation>新流程是一个只有“开始”连到“结束”的草稿，接下来请设计它。</translation>
        </message>
    </context>
    <context>
        <name>NodeDataForm</name>
        <message>
            <source>{label} *:</source>
            <translation>{label} *：</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <source>On</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
    </context>
    <context>
        <name>OutputsModel</name>
        <message>
            <source>Only for the type Choice: the choices, separated by commas</source>
            <translation>仅用于“选项”类型：各选项，用逗号分隔</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>选项</translation>
        </message>
    </context>
    <context>
        <name>OwnerRuleDialog</name>
        <message>
            <source>New owner rule</source>
            <translation>新建归属规则</translation>
        </message>
        <message>
            <source>Edit owner rule {name}</source>
            <translation>编辑归属规则 {name}</translation>
        </message>
        <message>
            <source>e.g. 广州市 → 李广州</source>
            <translation>例如：广州市 → 李广州</translation>
        </message>
        <message>
            <source>The whole country</source>
            <translation>全国</translation>
        </message>
        <message>
            <source>A region and everything inside it:</source>
            <translation>某个地区及其下辖全部地区：</translation>
        </message>
        <message>
            <source>The regions of a region group:</source>
            <translation>某个区域分组内的地区：</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>A user:</source>
            <translation>用户：</translation>
        </message>
        <message>
            <source>A pool:</source>
            <translation>客户池：</translation>
        </message>
        <message>
            <source>Customers in a pool have no owner yet; anyone may take them.</source>
            <translation>客户池中的客户还没有负责人，任何人都可以认领。</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Applies to:</source>
            <translation>适用范围：</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>有效期：</translation>
        </message>
        <message>
            <source>A more specific region always wins. Priority only decides between rules that are equally specific: the higher number wins.</source>
            <translation>地区更具体的规则总是优先。优先级只在同样具体的规则之间起作用：数字大的胜出。</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>优先级：</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>负责人：</translation>
        </message>
        <message>
            <source>Create rule</source>
            <translation>创建规则</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Saving a rule changes no customer. New customers get their owner from the rules; existing ones move only when you re-assign them.</source>
            <translation>保存规则不会改变任何客户。新客户按规则自动分配负责人；已有客户只有在您执行“重新分配”时才会变动。</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translation>请从列表中选择地区，或输入六位地区代码。</translation>
        </message>
    </context>
    <context>
        <name>OwnerRulesPage</name>
        <message>
            <source>Owner rules</source>
            <translation>归属规则</translation>
        </message>
        <message>
            <source>Which user or pool owns the customers of a region. The most specific matching rule wins; new customers get their owner at once, existing ones only when you re-assign them.</source>
            <translation>规定某个地区的客户归哪位用户或哪个客户池负责。匹配的规则中地区最具体的胜出；新客户立即按规则分配，已有客户只在重新分配时变动。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>适用范围</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>新建规则</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Re-assign customers…</source>
            <translation>重新分配客户…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Test a region</source>
            <translation>测试地区</translation>
        </message>
        <message>
            <source>Explain</source>
            <translation>查看结果</translation>
        </message>
        <message>
            <source>A customer in:</source>
            <translation>客户所在地区：</translation>
        </message>
        <message>
            <source>on:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Choose a region (empty: a customer without a region) and a date to see which rule gives the owner.</source>
            <translation>选择地区（留空表示没有地区的客户）和日期，查看由哪条规则决定负责人。</translation>
        </message>
        <message>
            <source>Region group {name}</source>
            <translation>区域分组 {name}</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translation>全国</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>From {start}</source>
            <translation>自 {start} 起</translation>
        </message>
        <message>
            <source>Until {end}</source>
            <translation>至 {end} 止</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <source>{pool} (pool)</source>
            <translation>{pool}（客户池）</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>Rules: {count} ({active} active)</source>
            <translation>规则：{count} 条（启用 {active} 条）</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Rule “{name}” was saved. Existing customers keep their owners until you re-assign them.</source>
            <translation>规则“{name}”已保存。已有客户的负责人保持不变，直到您重新分配。</translation>
        </message>
        <message>
            <source>Deactivate rule</source>
            <translation>停用规则</translation>
        </message>
        <message>
            <source>Deactivate the rule “{name}”? New customers no longer get their owner from it; existing customers keep their owners until you re-assign them.</source>
            <translation>停用规则“{name}”吗？新客户将不再按此规则分配负责人；已有客户的负责人保持不变，直到您重新分配。</translation>
        </message>
        <message>
            <source>Rule “{name}” is active again.</source>
            <translation>规则“{name}”已重新启用。</translation>
        </message>
        <message>
            <source>Rule “{name}” was deactivated.</source>
            <translation>规则“{name}”已停用。</translation>
        </message>
        <message>
            <source>Working out who would move…</source>
            <translation>正在计算哪些客户会变动…</translation>
        </message>
        <message>
            <source>{reason}

Show a new preview?</source>
            <translation>{reason}

要重新预览吗？</translation>
        </message>
        <message>
            <source>Re-assign customers</source>
            <translation>重新分配客户</translation>
        </message>
        <message>
            <source>Re-assigning customers…</source>
            <translation>正在重新分配客户…</translation>
        </message>
        <message>
            <source>{moved} customers were re-assigned.</source>
            <translation>已重新分配 {moved} 位客户。</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translation>请从列表中选择地区，或输入六位地区代码。</translation>
        </message>
        <message>
            <source>A customer in {region} on {date} is owned by {owner}, through the rule “{rule}”.</source>
            <translation>{date} 在 {region} 的客户由 {owner} 负责（规则“{rule}”）。</translation>
        </message>
        <message>
            <source>No rule matches a customer in {region} on {date}: such a customer gets no owner.</source>
            <translation>{date} 没有规则匹配 {region} 的客户：这样的客户不会分配负责人。</translation>
        </message>
        <message>
            <source>A customer without a region on {date} is owned by {owner}, through the rule “{rule}”.</source>
            <translation>{date} 没有地区的客户由 {owner} 负责（规则“{rule}”）。</translation>
        </message>
        <message>
            <source>No rule matches a customer without a region on {date}: such a customer gets no owner.</source>
            <translation>{date} 没有规则匹配没有地区的客户：这样的客户不会分配负责人。</translation>
        </message>
    </context>
    <context>
        <name>PartyDialog</name>
        <message>
            <source>Bank and branch, e.g. 中国工商银行广州天河支行</source>
            <translation>开户银行及支行，例如 中国工商银行广州天河支行</translation>
        </message>
    </context>
    <context>
        <name>PartyListPage</name>
        <message>
            <source>Show inactive</source>
            <translation>显示已停用</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>View</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Saved {code} {name}.</source>
            <translation>已保存 {code} {name}。</translation>
        </message>
        <message>
            <source>{code} is active again.</source>
            <translation>{code} 已重新启用。</translation>
        </message>
        <message>
            <source>{code} was deactivated.</source>
            <translation>{code} 已停用。</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Mark as paid</source>
            <translation>标记已付款</translation>
        </message>
        <message>
            <source>Bank transfer number or voucher number</source>
            <translation>银行转账流水号或凭证号</translation>
        </message>
        <message>
            <source>Paid on:</source>
            <translation>付款日期：</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>付款凭证号：</translation>
        </message>
        <message>
            <source>Record that statement {number} was paid: {net}.</source>
            <translation>登记结算单 {number} 已付款：{net}。</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the rows</source>
            <translation>检查数据</translation>
        </message>
        <message>
            <source>What the import will do with each row of the file. Nothing is written until you click Import; then all rows are written together, or none.</source>
            <translation>导入将如何处理文件中的每一行。点击导入前不会写入任何数据；导入时所有行一起写入，要么全部成功，要么全部不写入。</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Service address</source>
            <translation>服务地址</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Click to choose…</source>
            <translation>点击选择…</translation>
        </message>
        <message>
            <source>Only rows with problems</source>
            <translation>只看有问题的行</translation>
        </message>
        <message>
            <source>Leave out duplicates (their phone numbers are already known)</source>
            <translation>不导入重复行（电话号码已存在）</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>重新读取文件</translation>
        </message>
        <message>
            <source>{n} rows have errors. Correct them in the file, save it and click Read the file again; nothing is imported while a row has an error.</source>
            <translation>{n} 行有错误。请在文件中修正并保存，然后点击“重新读取文件”；只要还有错误行，就不会导入任何数据。</translation>
        </message>
        <message>
            <source>Choose the region of {n} rows: click the Region cell of each row marked Choose a region.</source>
            <translation>请为 {n} 行选择地区：点击标为“需选择地区”的行的“地区”单元格。</translation>
        </message>
        <message>
            <source>{n} rows have a phone number that is already known. Leave out duplicates to import the other rows, or remove them from the file.</source>
            <translation>{n} 行的电话号码已存在。勾选“不导入重复行”以导入其余各行，或从文件中删除这些行。</translation>
        </message>
        <message>
            <source>There is nothing to import.</source>
            <translation>没有可导入的数据。</translation>
        </message>
        <message>
            <source>Rows: {n}</source>
            <translation>共 {n} 行</translation>
        </message>
        <message>
            <source>OK: {n}</source>
            <translation>正常 {n}</translation>
        </message>
        <message>
            <source>Errors: {n}</source>
            <translation>错误 {n}</translation>
        </message>
        <message>
            <source>Duplicates: {n}</source>
            <translation>重复 {n}</translation>
        </message>
        <message>
            <source>Regions to choose: {n} ({chosen} chosen)</source>
            <translation>需选择地区 {n}（已选 {chosen}）</translation>
        </message>
        <message>
            <source>Ready: {n} customers will be imported in one step. If anything fails, nothing is written.</source>
            <translation>可以导入：{n} 位客户将一次性导入；任何一步失败都不会写入数据。</translation>
        </message>
        <message>
            <source>Import {n} customers</source>
            <translation>导入 {n} 位客户</translation>
        </message>
    </context>
    <context>
        <name>PriceDialogs</name>
        <message>
            <source>to 0.01 (fen)</source>
            <translation>到 0.01（分）</translation>
        </message>
        <message>
            <source>to 0.1 (jiao)</source>
            <translation>到 0.1（角）</translation>
        </message>
        <message>
            <source>to 1 (yuan)</source>
            <translation>到 1（元）</translation>
        </message>
    </context>
    <context>
        <name>PriceGrid</name>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>{item} / {tier}</source>
            <translation>{item} / {tier}</translation>
        </message>
        <message>
            <source>{cell}: a saved price cannot be removed; type a new price or undo.</source>
            <translation>{cell}：已保存的价格不能删除；请输入新价格或撤销。</translation>
        </message>
        <message>
            <source>{cell}: {reason}</source>
            <translation>{cell}：{reason}</translation>
        </message>
        <message>
            <source>Not saved yet (saved value: {value})</source>
            <translation>尚未保存（已保存的值：{value}）</translation>
        </message>
        <message>
            <source>No price in force on {date}</source>
            <translation>{date} 没有生效的价格</translation>
        </message>
        <message>
            <source>In force since {date}</source>
            <translation>自 {date} 起生效</translation>
        </message>
        <message>
            <source>Edit {cell}</source>
            <translation>编辑 {cell}</translation>
        </message>
    </context>
    <context>
        <name>PriceGridPage</name>
        <message>
            <source>You can look at the prices here. Changing them needs the permission to edit prices.</source>
            <translation>您可以在此查看价格。修改价格需要“编辑价格”权限。</translation>
        </message>
        <message>
            <source>Price tiers</source>
            <translation>价格档位</translation>
        </message>
        <message>
            <source>Prices per item and tier in force on the chosen date. Type, paste from Excel or WPS, fill down or adjust a selection; changed cells are marked until you save them from an effective date.</source>
            <translation>各项目、各档位在所选日期生效的价格。可直接输入、从 Excel 或 WPS 粘贴、向下填充或批量调整；改动的单元格会被标记，直到按生效日期保存。</translation>
        </message>
        <message>
            <source>Settlement prices (内部结算价)</source>
            <translation>内部结算价</translation>
        </message>
        <message>
            <source>Sales prices</source>
            <translation>销售价</translation>
        </message>
        <message>
            <source>Items and parts</source>
            <translation>项目和备件</translation>
        </message>
        <message>
            <source>Service items</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <source>Spare parts</source>
            <translation>备件</translation>
        </message>
        <message>
            <source>Search code or name</source>
            <translation>搜索编码或名称</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>价格本</translation>
        </message>
        <message>
            <source>In force on</source>
            <translation>生效日</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <source>Preview impact…</source>
            <translation>影响预览…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>粘贴</translation>
        </message>
        <message>
            <source>Fill down</source>
            <translation>向下填充</translation>
        </message>
        <message>
            <source>Adjust…</source>
            <translation>调整…</translation>
        </message>
        <message>
            <source>Derive column…</source>
            <translation>推算列…</translation>
        </message>
        <message>
            <source>Cell history</source>
            <translation>单元格历史</translation>
        </message>
        <message>
            <source>Tiers…</source>
            <translation>档位…</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>重新加载</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部分类</translation>
        </message>
        <message>
            <source>Loading prices…</source>
            <translation>正在加载价格…</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的改动</translation>
        </message>
        <message>
            <source>{count} changed prices are not saved. Discard them?</source>
            <translation>有 {count} 个改动的价格尚未保存。要放弃这些改动吗？</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} items</source>
            <translation>显示 {shown} / {total} 个项目</translation>
        </message>
        <message>
            <source>Items: {count}</source>
            <translation>项目：{count}</translation>
        </message>
        <message>
            <source>{count} prices missing on {date}</source>
            <translation>{date} 缺少 {count} 个价格</translation>
        </message>
        <message>
            <source>{count} unsaved changes</source>
            <translation>{count} 处改动未保存</translation>
        </message>
        <message>
            <source>Nothing was changed:</source>
            <translation>未做任何改动：</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>……另有 {count} 处。</translation>
        </message>
        <message>
            <source>The clipboard holds nothing to paste.</source>
            <translation>剪贴板中没有可粘贴的内容。</translation>
        </message>
        <message>
            <source>Select the cell where the pasted block starts.</source>
            <translation>请选择粘贴区域左上角的单元格。</translation>
        </message>
        <message>
            <source>Paste {count} cells</source>
            <translation>粘贴 {count} 个单元格</translation>
        </message>
        <message>
            <source>Pasted {count} cells.</source>
            <translation>已粘贴 {count} 个单元格。</translation>
        </message>
        <message>
            <source>The pasted values are the ones already shown.</source>
            <translation>粘贴的值与当前显示的相同。</translation>
        </message>
        <message>
            <source>Paste into the price columns: select a cell under a tier.</source>
            <translation>只能粘贴到价格列：请选择某个档位下的单元格。</translation>
        </message>
        <message>
            <source>The block is {width} columns wide; only {room} tier columns are right of the cell.</source>
            <translation>粘贴区域有 {width} 列宽，但该单元格右侧只有 {room} 个档位列。</translation>
        </message>
        <message>
            <source>The block has {rows} rows; only {room} rows are shown from the cell down.</source>
            <translation>粘贴区域有 {rows} 行，但从该单元格往下只显示了 {room} 行。</translation>
        </message>
        <message>
            <source>{cell} has no price to fill down.</source>
            <translation>{cell} 没有可向下填充的价格。</translation>
        </message>
        <message>
            <source>Select the cells to fill, with the value to copy at the top.</source>
            <translation>请选择要填充的单元格，最上面一格为要复制的值。</translation>
        </message>
        <message>
            <source>Fill down {count} cells</source>
            <translation>向下填充 {count} 个单元格</translation>
        </message>
        <message>
            <source>Filled {count} cells.</source>
            <translation>已填充 {count} 个单元格。</translation>
        </message>
        <message>
            <source>Select the prices to adjust first.</source>
            <translation>请先选择要调整的价格。</translation>
        </message>
        <message>
            <source>{cell}: the result {value} would be negative.</source>
            <translation>{cell}：结果 {value} 为负数。</translation>
        </message>
        <message>
            <source>Adjust {count} cells</source>
            <translation>调整 {count} 个单元格</translation>
        </message>
        <message>
            <source>Adjusted {count} prices.</source>
            <translation>已调整 {count} 个价格。</translation>
        </message>
        <message>
            <source>{count} cells without a price were left out.</source>
            <translation>{count} 个没有价格的单元格未调整。</translation>
        </message>
        <message>
            <source>Deriving a column needs at least two tiers.</source>
            <translation>推算价格列至少需要两个档位。</translation>
        </message>
        <message>
            <source>Derive {target} from {source}</source>
            <translation>由 {source} 推算 {target}</translation>
        </message>
        <message>
            <source>{count} prices of {target} derived from {source} x {factor}.</source>
            <translation>已按 {source} × {factor} 推算 {target} 的 {count} 个价格。</translation>
        </message>
        <message>
            <source>{count} rows without a source price were left out.</source>
            <translation>{count} 行没有依据价格，未推算。</translation>
        </message>
        <message>
            <source>Saving prices…</source>
            <translation>正在保存价格…</translation>
        </message>
        <message>
            <source>Saved {count} prices effective from {date}.</source>
            <translation>已保存 {count} 个价格，自 {date} 起生效。</translation>
        </message>
        <message>
            <source>Select a price cell to see its history.</source>
            <translation>请选择一个价格单元格查看其历史。</translation>
        </message>
        <message>
            <source>{item} {name} · {tier} · {book}</source>
            <translation>{item} {name} · {tier} · {book}</translation>
        </message>
        <message>
            <source>Save or undo the changed prices before changing the tiers.</source>
            <translation>修改档位前，请先保存或撤销改动的价格。</translation>
        </message>
    </context>
    <context>
        <name>PriceImpactDialog</name>
        <message>
            <source>As if the new prices had been in force during the whole month</source>
            <translation>假设新价格在整个月份内均已生效</translation>
        </message>
        <message>
            <source>Completed work in:</source>
            <translation>完工月份：</translation>
        </message>
        <message>
            <source>Region group</source>
            <translation>地区分组</translation>
        </message>
        <message>
            <source>Not in any region group</source>
            <translation>不属于任何地区分组</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>No provider</source>
            <translation>无服务商</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>By region group</source>
            <translation>按地区分组</translation>
        </message>
        <message>
            <source>By provider</source>
            <translation>按服务商</translation>
        </message>
        <message>
            <source>Recomputed from the prices and tier rules on each work order's completion date; nothing is saved. A region can be in several region groups, so their rows can add up to more than the total.</source>
            <translation>按每张工单完工日的价格和档位规则重新计算，不保存任何内容。一个地区可以属于多个地区分组，因此各分组行相加可能大于合计。</translation>
        </message>
        <message>
            <source>Price impact preview</source>
            <translation>价格影响预览</translation>
        </message>
        <message>
            <source>What {count} changed prices in the {book} would have changed in a past month.</source>
            <translation>{book}中 {count} 处改动的价格对过去某个月的结算会有什么影响。</translation>
        </message>
        <message>
            <source>Effective from:</source>
            <translation>生效日期：</translation>
        </message>
        <message>
            <source>Tier rule impact preview</source>
            <translation>档位规则影响预览</translation>
        </message>
        <message>
            <source>What the rule “{name}” as entered would have changed in a past month.</source>
            <translation>按当前填写的规则“{name}”，对过去某个月的结算会有什么影响。</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>明细行</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>变化行</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>改动前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>改动后</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差额</translation>
        </message>
        <message>
            <source>Recomputing the completed work of {period}…</source>
            <translation>正在重新计算 {period} 完工的工单…</translation>
        </message>
        <message>
            <source>Recomputing settlement…</source>
            <translation>正在重新计算结算…</translation>
        </message>
        <message>
            <source>The recomputation was cancelled.</source>
            <translation>重新计算已取消。</translation>
        </message>
        <message>
            <source>{period}: {count} completed lines, ¥{total} earned (frozen on them).</source>
            <translation>{period}：已完工明细 {count} 行，结算金额 ¥{total}（按完工时冻结的金额）。</translation>
        </message>
        <message>
            <source>The change reaches {count} lines, {changed} of them change.</source>
            <translation>改动涉及 {count} 行，其中 {changed} 行金额发生变化。</translation>
        </message>
        <message>
            <source>Before the change ¥{before}, after it ¥{after}: a difference of {diff}.</source>
            <translation>改动前 ¥{before}，改动后 ¥{after}，差额 {diff}。</translation>
        </message>
        <message>
            <source>Recomputed before the change, these lines come to another total than the ¥{frozen} frozen on them: prices or rules were changed after the work was done.</source>
            <translation>这些明细按改动前重新计算的合计与冻结金额 ¥{frozen} 不同：完工后价格或规则有过调整。</translation>
        </message>
        <message>
            <source>{count} lines cannot be priced without the change:</source>
            <translation>不做改动时有 {count} 行无法计价：</translation>
        </message>
        <message>
            <source>{count} lines cannot be priced with the change:</source>
            <translation>改动后有 {count} 行无法计价：</translation>
        </message>
        <message>
            <source>{work_order} ({lines} lines like it): {reason}</source>
            <translation>{work_order}（同类 {lines} 行）：{reason}</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <source>Error: blocks publishing</source>
            <translation>错误：阻止发布</translation>
        </message>
        <message>
            <source>Warning: does not block publishing</source>
            <translation>警告：不阻止发布</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <source>Hidden</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <source>Editable</source>
            <translation>可编辑</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Yes/no</source>
            <translation>是/否</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Any one approver</source>
            <translation>任一审批人</translation>
        </message>
        <message>
            <source>All approvers</source>
            <translation>全部审批人</translation>
        </message>
        <message>
            <source>One after another</source>
            <translation>依次审批</translation>
        </message>
        <message>
            <source>The first approver who approves decides; one rejection is enough to reject.</source>
            <translation>任一审批人同意即通过；有一人驳回即驳回。</translation>
        </message>
        <message>
            <source>Every approver must approve, in any order; one rejection rejects.</source>
            <translation>所有审批人都要同意，顺序不限；有一人驳回即驳回。</translation>
        </message>
        <message>
            <source>The approvers decide one after another in the order listed; each sees the decisions before.</source>
            <translation>审批人按列出的顺序逐个审批，每人都能看到前面的审批意见。</translation>
        </message>
        <message>
            <source>This version is read-only. Start a new draft to change the workflow.</source>
            <translation>此版本只读。要修改流程，请新建草稿。</translation>
        </message>
        <message>
            <source>General</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Stage:</source>
            <translation>阶段：</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>处理人</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Assigned to:</source>
            <translation>指派给：</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Approvers:</source>
            <translation>审批人：</translation>
        </message>
        <message>
            <source>Decided by:</source>
            <translation>审批方式：</translation>
        </message>
        <message>
            <source>A rejection goes back to:</source>
            <translation>驳回退回到：</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>办理</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source> working hours</source>
            <translation> 工作小时</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>添加字段</translation>
        </message>
        <message>
            <source>Add data field</source>
            <translation>添加数据项</translation>
        </message>
        <message>
            <source>No earlier task or approval to send the work back to.</source>
            <translation>前面没有可退回的任务或审批。</translation>
        </message>
        <message>
            <source>SLA:</source>
            <translation>时限：</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>表单：</translation>
        </message>
        <message>
            <source>Field permissions:</source>
            <translation>字段权限：</translation>
        </message>
        <message>
            <source>Data recorded:</source>
            <translation>记录的数据：</translation>
        </message>
        <message>
            <source>May send back to:</source>
            <translation>可退回到：</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>连线</translation>
        </message>
        <message>
            <source>A gateway checks its connections from the lowest number up.</source>
            <translation>网关按优先级从小到大依次检查各连线。</translation>
        </message>
        <message>
            <source>Default path</source>
            <translation>默认路径</translation>
        </message>
        <message>
            <source>Taken when the condition of no other connection holds</source>
            <translation>其他连线的条件都不成立时走这条</translation>
        </message>
        <message>
            <source>Route:</source>
            <translation>路径：</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>优先级：</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>条件</translation>
        </message>
        <message>
            <source>Only connections leaving an exclusive gateway have a condition or a default path.</source>
            <translation>只有从排他网关出发的连线才有条件或默认路径。</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Stages group the nodes on the canvas (售前, 售中, 售后). Double-click a stage to rename it.</source>
            <translation>阶段在画布上给节点分组（售前、售中、售后）。双击阶段可重命名。</translation>
        </message>
        <message>
            <source>Select a node or a connection on the canvas to edit it.</source>
            <translation>在画布上选中一个节点或一条连线来编辑它。</translation>
        </message>
        <message>
            <source>(no stage)</source>
            <translation>（无阶段）</translation>
        </message>
        <message>
            <source>{key} (missing)</source>
            <translation>{key}（不存在）</translation>
        </message>
        <message>
            <source>Connection · {route}</source>
            <translation>连线 · {route}</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>流程</translation>
        </message>
        <message>
            <source>{nodes} nodes, {edges} connections.</source>
            <translation>{nodes} 个节点，{edges} 条连线。</translation>
        </message>
        <message>
            <source>Select one of its outgoing connections to give it a condition, a priority, or make it the default.</source>
            <translation>选中它出去的连线，可设置条件、优先级或设为默认路径。</translation>
        </message>
        <message>
            <source>Every parallel split needs a parallel join where its paths meet again.</source>
            <translation>每个并行分支都需要一个并行汇聚，让各路径重新汇合。</translation>
        </message>
        <message>
            <source>— (the rejection ends here)</source>
            <translation>—（驳回不退回）</translation>
        </message>
        <message>
            <source>{name} (not before this node)</source>
            <translation>{name}（不在此节点之前）</translation>
        </message>
        <message>
            <source>{key} (not found)</source>
            <translation>{key}（未找到）</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <source>Role: {name}</source>
            <translation>角色：{name}</translation>
        </message>
        <message>
            <source>User: {name}</source>
            <translation>用户：{name}</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>新阶段</translation>
        </message>
    </context>
    <context>
        <name>ProviderDialog</name>
        <message>
            <source>New service provider</source>
            <translation>新建服务商</translation>
        </message>
        <message>
            <source>Service provider {code} {name}</source>
            <translation>服务商 {code} {name}</translation>
        </message>
        <message>
            <source>Edit {code} {name}</source>
            <translation>编辑 {code} {name}</translation>
        </message>
        <message>
            <source>e.g. GZ-HT (letters, digits, - _ .)</source>
            <translation>例如 GZ-HT（字母、数字、- _ .）</translation>
        </message>
        <message>
            <source>e.g. 广州天河恒通机电安装服务部</source>
            <translation>例如 广州天河恒通机电安装服务部</translation>
        </message>
        <message>
            <source>Usually the provider's registered name</source>
            <translation>通常为服务商的注册名称</translation>
        </message>
        <message>
            <source>18-character unified social credit code</source>
            <translation>18 位统一社会信用代码</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Provider type:</source>
            <translation>服务商类型：</translation>
        </message>
        <message>
            <source>Contact person:</source>
            <translation>联系人：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>Covered regions:</source>
            <translation>覆盖地区：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Bank and tax</source>
            <translation>银行与税务</translation>
        </message>
        <message>
            <source>Bank:</source>
            <translation>开户银行：</translation>
        </message>
        <message>
            <source>The account number is hidden. Leave it to keep it, or type the full new number.</source>
            <translation>银行账号已隐藏。不修改则保留原账号，或输入完整的新账号。</translation>
        </message>
        <message>
            <source>Account number:</source>
            <translation>账号：</translation>
        </message>
        <message>
            <source>Account holder:</source>
            <translation>户名：</translation>
        </message>
        <message>
            <source>Tax ID:</source>
            <translation>统一社会信用代码：</translation>
        </message>
        <message>
            <source>Each region includes everything inside it. You may choose regions inside {regions}.</source>
            <translation>每个地区包含其下全部地区。您可以选择 {regions} 范围内的地区。</translation>
        </message>
        <message>
            <source>Each region includes everything inside it, e.g. 广州市 covers all its districts.</source>
            <translation>每个地区包含其下全部地区，例如 广州市 覆盖其所有区。</translation>
        </message>
        <message>
            <source>Choose a provider type. Add one with “Provider types…” first.</source>
            <translation>请选择服务商类型。如列表为空，请先在“服务商类型…”中添加。</translation>
        </message>
    </context>
    <context>
        <name>ProviderTypesDialog</name>
        <message>
            <source>Provider types</source>
            <translation>服务商类型</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Providers</source>
            <translation>服务商数</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>规则数</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Name of a new type, or the new name of the selected one</source>
            <translation>新类型的名称，或所选类型的新名称</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Tier rules and owner rules match providers by the name of their type, so a type that rules use cannot be renamed. Inactive types stay on their providers but are no longer offered.</source>
            <translation>档位规则和归属规则按类型名称匹配服务商，因此被规则使用的类型不能重命名。停用的类型仍保留在原有服务商上，但不再供选择。</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>{count} rules use this name; it cannot be renamed.</source>
            <translation>有 {count} 条规则使用此名称，不能重命名。</translation>
        </message>
        <message>
            <source>Rename the selected type</source>
            <translation>重命名所选类型</translation>
        </message>
        <message>
            <source>Added the provider type {name}.</source>
            <translation>已添加服务商类型 {name}。</translation>
        </message>
        <message>
            <source>Renamed {old} to {new}.</source>
            <translation>已将 {old} 重命名为 {new}。</translation>
        </message>
    </context>
    <context>
        <name>ProvidersPage</name>
        <message>
            <source>Search code, name, contact, phone or address</source>
            <translation>搜索编码、名称、联系人、电话或地址</translation>
        </message>
        <message>
            <source>Working in region, e.g. 天河区</source>
            <translation>服务地区，例如 天河区</translation>
        </message>
        <message>
            <source>Service providers</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>The companies and service points whose installers do the work, with the regions they cover and the bank details statements are paid to. Providers are never deleted, only deactivated.</source>
            <translation>派出安装师傅上门服务的公司和服务网点，包括其覆盖地区以及结算付款的银行信息。服务商不会被删除，只会停用。</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Covered regions</source>
            <translation>覆盖地区</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Installers</source>
            <translation>安装师傅</translation>
        </message>
        <message>
            <source>New provider</source>
            <translation>新建服务商</translation>
        </message>
        <message>
            <source>Provider types…</source>
            <translation>服务商类型…</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Providers: {count}</source>
            <translation>服务商：{count}</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} providers</source>
            <translation>显示 {shown} / {total} 家服务商</translation>
        </message>
        <message>
            <source>Deactivate provider</source>
            <translation>停用服务商</translation>
        </message>
        <message>
            <source>{name} has {count} active installers. Deactivate the provider and its installers? They stay in the history and can be activated again.</source>
            <translation>{name} 有 {count} 位在职安装师傅。确定停用该服务商及其安装师傅吗？他们会保留在历史记录中，之后也可以重新启用。</translation>
        </message>
    </context>
    <context>
        <name>PublishNoteDialog</name>
        <message>
            <source>Publish version</source>
            <translation>发布版本</translation>
        </message>
        <message>
            <source>For example: 大额订单增加财务审批</source>
            <translation>例如：大额订单增加财务审批</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translation>说明（可选）：</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>发布</translation>
        </message>
        <message>
            <source>A published version cannot be changed. New work orders start on it; work orders already running stay on the version they started with.</source>
            <translation>已发布的版本不能再修改。新工单从它开始；已在进行的工单仍按开始时的版本进行。</translation>
        </message>
    </context>
    <context>
        <name>ReassignmentDialog</name>
        <message>
            <source>Re-assign customers</source>
            <translation>重新分配客户</translation>
        </message>
        <message>
            <source>Under the owner rules in force on {date}, {moved} of the {checked} customers you can see get a new owner:</source>
            <translation>按 {date} 生效的归属规则，您可见的 {checked} 位客户中有 {moved} 位将更换负责人：</translation>
        </message>
        <message>
            <source>Under the owner rules in force on {date}, all {checked} customers you can see keep their owners.</source>
            <translation>按 {date} 生效的归属规则，您可见的 {checked} 位客户全部保持原负责人。</translation>
        </message>
        <message>
            <source>From</source>
            <translation>原负责人</translation>
        </message>
        <message>
            <source>To</source>
            <translation>新负责人</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <source>In total {moved} customers change their owner.</source>
            <translation>共 {moved} 位客户更换负责人。</translation>
        </message>
        <message>
            <source>{count} more customers keep their owner, who is now theirs through a different rule; their link to the rule is updated too.</source>
            <translation>另有 {count} 位客户负责人不变，但现在由另一条规则决定；它们关联的规则也会一并更新。</translation>
        </message>
        <message>
            <source>Re-assign {moved} customers</source>
            <translation>重新分配 {moved} 位客户</translation>
        </message>
        <message>
            <source>Update the rule links</source>
            <translation>更新关联规则</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>ReconcileDialog</name>
        <message>
            <source>Reconciliation {period}</source>
            <translation>对账 {period}</translation>
        </message>
        <message>
            <source>Earned (frozen earnings of the period)</source>
            <translation>应得收益（本期已冻结的收益）</translation>
        </message>
        <message>
            <source>Settled on issued statements</source>
            <translation>已出具结算单结算</translation>
        </message>
        <message>
            <source>Not settled yet</source>
            <translation>尚未结算</translation>
        </message>
        <message>
            <source>Net paid by those statements</source>
            <translation>这些结算单的实付金额</translation>
        </message>
        <message>
            <source>Tax withheld</source>
            <translation>代扣个税</translation>
        </message>
        <message>
            <source>Carried in from earlier statements</source>
            <translation>从以前结算单结转入</translation>
        </message>
        <message>
            <source>Carried forward to later statements</source>
            <translation>结转到以后结算单</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差额</translation>
        </message>
        <message>
            <source>The statements agree with the earnings.</source>
            <translation>结算单与收益一致。</translation>
        </message>
        <message>
            <source>The statements do not agree with the earnings. Check the statements of the period and the audit log before paying.</source>
            <translation>结算单与收益不一致。付款前请核对本期结算单和审计日志。</translation>
        </message>
        <message>
            <source>Earned = settled + not settled, and settled = net paid + tax withheld − carried in + carried forward. The difference is zero when both hold.</source>
            <translation>应得收益 = 已结算 + 未结算，且已结算 = 实付 + 代扣个税 − 上期结转 + 结转下期。两式都成立时差额为零。</translation>
        </message>
    </context>
    <context>
        <name>RegionChoiceDelegate</name>
        <message>
            <source>Choose the region</source>
            <translation>选择地区</translation>
        </message>
    </context>
    <context>
        <name>RegionDashboardPage</name>
        <message>
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <source>None of the customers has a recognised province.</source>
            <translation>没有客户能识别出所在省份。</translation>
        </message>
        <message>
            <source>Region group</source>
            <translation>区域分组</translation>
        </message>
        <message>
            <source>A customer counts in every group that contains their region, so groups that overlap (a 大区 and a city tier) add up to more than the total.</source>
            <translation>客户计入包含其所在地区的每个分组，因此相互重叠的分组（如大区和城市等级）合计会超过客户总数。</translation>
        </message>
        <message>
            <source>No customer lies in a region group. Region groups are defined on the Regions page.</source>
            <translation>没有客户位于任何区域分组中。区域分组在“地区”页面中定义。</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Owners are assigned by the owner rules; a pool holds customers nobody owns yet.</source>
            <translation>负责人由归属规则分配；客户池中是尚无负责人的客户。</translation>
        </message>
        <message>
            <source>No customer has an owner.</source>
            <translation>没有客户分配了负责人。</translation>
        </message>
        <message>
            <source>By province</source>
            <translation>按省份</translation>
        </message>
        <message>
            <source>By region group</source>
            <translation>按区域分组</translation>
        </message>
        <message>
            <source>By owner</source>
            <translation>按负责人</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Region dashboard</source>
            <translation>区域看板</translation>
        </message>
        <message>
            <source>How many customers each province, region group and owner has, within your regions. Click a bar, or double-click a row of the table, to see those customers.</source>
            <translation>在您负责的地区内，各省份、区域分组和负责人各有多少客户。点击柱条或双击表格中的行，即可查看这些客户。</translation>
        </message>
        <message>
            <source>There are no customers yet.</source>
            <translation>还没有客户。</translation>
        </message>
        <message>
            <source>Create or import customers on the Customers page; the figures appear here as soon as there are any.</source>
            <translation>请在“客户”页面新建或导入客户，有了客户后统计数据就会显示在这里。</translation>
        </message>
        <message>
            <source>{pool} (pool)</source>
            <translation>{pool}（客户池）</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>Counting customers…</source>
            <translation>正在统计客户…</translation>
        </message>
        <message>
            <source>Customers: {total}, of which {without} have no recognised region.</source>
            <translation>客户：{total} 位，其中 {without} 位无法识别地区。</translation>
        </message>
        <message>
            <source>Customers: {total}</source>
            <translation>客户：{total} 位</translation>
        </message>
        <message>
            <source>“Other” adds up the entries too small for the chart: pick one of them in the table.</source>
            <translation>“其他”汇总了图表中放不下的条目：请在表格中选择其中一项。</translation>
        </message>
    </context>
    <context>
        <name>RegionListEditor</name>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>“{text}” is not one region. Pick one from the list or type its six-digit code.</source>
            <translation>“{text}”不是唯一的区域，请从列表中选择或输入六位区划代码。</translation>
        </message>
    </context>
    <context>
        <name>RegionPicker</name>
        <message>
            <source>Type a name or a six-digit code, e.g. 南山区 or 440305</source>
            <translation>输入名称或六位代码，例如 南山区 或 440305</translation>
        </message>
    </context>
    <context>
        <name>RegionPickers</name>
        <message>
            <source>Province</source>
            <translation>省</translation>
        </message>
        <message>
            <source>City</source>
            <translation>市</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区县</translation>
        </message>
    </context>
    <context>
        <name>RegionTreeModel</name>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>{path}
In the group through {region}.</source>
            <translation>{path}
已通过 {region} 包含在分组中。</translation>
        </message>
    </context>
    <context>
        <name>RegionsPage</name>
        <message>
            <source>Area</source>
            <translation>大区</translation>
        </message>
        <message>
            <source>City tier</source>
            <translation>城市等级</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>The administrative regions of China (provinces, prefectures, counties) and the region groups that pricing, workflow and customer rules can refer to: 大区 such as 华南, city tiers such as 一线城市, or any set you need.</source>
            <translation>全国行政区划（省、地市、区县），以及定价、流程和客户规则可以引用的地区分组：华南等大区、一线城市等城市等级，或您需要的任意组合。</translation>
        </message>
        <message>
            <source>Search name, short name or code</source>
            <translation>搜索名称、简称或代码</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>成员数</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>Members:</source>
            <translation>成员：</translation>
        </message>
        <message>
            <source>Check the member regions in the tree on the left. A checked province or city is itself the member and covers everything inside it (shown in green); the regions inside are not checked one by one.</source>
            <translation>在左侧地区树中勾选成员地区。勾选的省或市本身就是成员，并涵盖其下的全部地区（以绿色显示）；其下的地区不会逐一勾选。</translation>
        </message>
        <message>
            <source>Only administrators can change region groups.</source>
            <translation>只有管理员可以修改地区分组。</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>新建分组</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Region groups</source>
            <translation>地区分组</translation>
        </message>
        <message>
            <source>{path} · code {code} · {type}</source>
            <translation>{path} · 代码 {code} · {type}</translation>
        </message>
        <message>
            <source>Regions: {count}</source>
            <translation>地区：{count} 个</translation>
        </message>
        <message>
            <source>Matching the search: {count}</source>
            <translation>符合搜索：{count} 个</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>The changes to the group {name} are not saved. Discard them?</source>
            <translation>分组 {name} 的修改尚未保存。要放弃这些修改吗？</translation>
        </message>
        <message>
            <source>(new group)</source>
            <translation>（新分组）</translation>
        </message>
        <message>
            <source>Group {name}</source>
            <translation>分组 {name}</translation>
        </message>
        <message>
            <source>Choose a group, or create a new one</source>
            <translation>请选择一个分组，或新建分组</translation>
        </message>
        <message>
            <source>none yet: check regions in the tree</source>
            <translation>暂无：请在地区树中勾选</translation>
        </message>
        <message>
            <source>{count} regions: {names}</source>
            <translation>{count} 个地区：{names}</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> 等，另有 {count} 个</translation>
        </message>
        <message>
            <source>The group {name} was created.</source>
            <translation>已创建分组 {name}。</translation>
        </message>
        <message>
            <source>The changes to {name} were saved.</source>
            <translation>{name} 的修改已保存。</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>删除分组</translation>
        </message>
        <message>
            <source>Delete the region group {name}? Rules can no longer refer to it.</source>
            <translation>要删除地区分组 {name} 吗？删除后规则将无法再引用它。</translation>
        </message>
        <message>
            <source>The group {name} was deleted.</source>
            <translation>已删除分组 {name}。</translation>
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
        <name>ReturnDialog</name>
        <message>
            <source>Send back from {node}</source>
            <translation>从“{node}”退回</translation>
        </message>
        <message>
            <source>Why is it sent back?</source>
            <translation>退回原因</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>退回</translation>
        </message>
        <message>
            <source>Back to:</source>
            <translation>退回到：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
    </context>
    <context>
        <name>RowDialog</name>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
    </context>
    <context>
        <name>SaveDateDialog</name>
        <message>
            <source>Save prices</source>
            <translation>保存价格</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>Save {count} changed prices in the {book} as new versions.</source>
            <translation>将{book}中 {count} 个改动的价格保存为新版本。</translation>
        </message>
        <message>
            <source>Earlier prices stay in the history. A price already in force on that date is never overwritten; a planned (future) price on that date is replaced.</source>
            <translation>之前的价格保留在历史中。该日期已生效的价格不会被覆盖；该日期计划（未来）生效的价格会被替换。</translation>
        </message>
        <message>
            <source>This date is in the past: the new prices also apply to work that is still open since then. Completed work orders keep the prices frozen on them.</source>
            <translation>该日期已过去：新价格也适用于自那时起仍未完成的工单。已完成的工单保留其冻结的价格。</translation>
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
            <source>“{text}” is not a quantity.</source>
            <translation>“{text}”不是有效的数量。</translation>
        </message>
        <message>
            <source>The quantity must be greater than zero, not {text}.</source>
            <translation>数量必须大于零，不能是 {text}。</translation>
        </message>
        <message>
            <source>{text} is too large a quantity.</source>
            <translation>数量 {text} 过大。</translation>
        </message>
        <message>
            <source>The quantity {text} has more than three decimals.</source>
            <translation>数量 {text} 的小数超过三位。</translation>
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
            <source>manage region groups</source>
            <translation>管理地区分组</translation>
        </message>
        <message>
            <source>manage customer owner rules</source>
            <translation>管理客户归属规则</translation>
        </message>
        <message>
            <source>dispatch work orders</source>
            <translation>派发工单</translation>
        </message>
        <message>
            <source>reopen completed work orders</source>
            <translation>重新打开已完工的工单</translation>
        </message>
        <message>
            <source>manage service providers and installers</source>
            <translation>管理服务商和安装师傅</translation>
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
            <source>The file {file} is larger than {mb} MB.</source>
            <translation>文件 {file} 超过 {mb} MB。</translation>
        </message>
        <message>
            <source>The file {file} has more than {n} rows; split it into smaller files.</source>
            <translation>文件 {file} 超过 {n} 行，请拆分成较小的文件。</translation>
        </message>
        <message>
            <source>The file {file} is neither UTF-8 nor GB18030 (GBK) text.</source>
            <translation>文件 {file} 既不是 UTF-8 也不是 GB18030（GBK）编码的文本。</translation>
        </message>
        <message>
            <source>Line {line} of {file} is not valid CSV: {reason}</source>
            <translation>{file} 的第 {line} 行不是有效的 CSV：{reason}</translation>
        </message>
        <message>
            <source>The file {file} is not an Excel workbook (.xlsx).</source>
            <translation>文件 {file} 不是 Excel 工作簿（.xlsx）。</translation>
        </message>
        <message>
            <source>The file {file} cannot be read as an Excel workbook: {reason}</source>
            <translation>无法将文件 {file} 作为 Excel 工作簿读取：{reason}</translation>
        </message>
        <message>
            <source>The file {file} cannot be opened.</source>
            <translation>无法打开文件 {file}。</translation>
        </message>
        <message>
            <source>Import reads .xlsx and .csv files, not {suffix}.</source>
            <translation>导入只支持 .xlsx 和 .csv 文件，不支持 {suffix}。</translation>
        </message>
        <message>
            <source>The file {file} is empty.</source>
            <translation>文件 {file} 是空的。</translation>
        </message>
        <message>
            <source>“{name}” is not a customer field.</source>
            <translation>“{name}”不是客户字段。</translation>
        </message>
        <message>
            <source>The file has no column {column}.</source>
            <translation>文件中没有第 {column} 列。</translation>
        </message>
        <message>
            <source>A column can be used for one field only.</source>
            <translation>每一列只能对应一个字段。</translation>
        </message>
        <message>
            <source>Choose the column that holds the customer name.</source>
            <translation>请选择包含客户名称的列。</translation>
        </message>
        <message>
            <source>The phone number {phone} was shortened by the spreadsheet; format the column as text and enter the numbers again.</source>
            <translation>电话号码 {phone} 已被表格软件截断（科学计数法）；请将该列设置为文本格式并重新输入号码。</translation>
        </message>
        <message>
            <source>Region {region} is outside the regions of {user}.</source>
            <translation>地区 {region} 不在 {user} 的负责范围内。</translation>
        </message>
        <message>
            <source>Row {earlier} of the file has the same phone number.</source>
            <translation>文件第 {earlier} 行的电话号码与此相同。</translation>
        </message>
        <message>
            <source>The address “{address}” fits several regions: {candidates}. Choose one.</source>
            <translation>地址“{address}”可能属于多个地区：{candidates}。请选择一个。</translation>
        </message>
        <message>
            <source>The address lies in {address_region}, but the region columns say {column_region}.</source>
            <translation>地址位于 {address_region}，但地区列写的是 {column_region}。</translation>
        </message>
        <message>
            <source>The cell in column “{column}” holds a formula; import values only.</source>
            <translation>“{column}”列的单元格包含公式，只能导入数值。</translation>
        </message>
        <message>
            <source>{n} rows cannot be imported, so nothing was imported. The first one is row {number}.</source>
            <translation>有 {n} 行无法导入，因此未导入任何数据。第一处问题在第 {number} 行。</translation>
        </message>
        <message>
            <source>Row {number} does not need a region choice.</source>
            <translation>第 {number} 行不需要选择地区。</translation>
        </message>
        <message>
            <source>Export writes .xlsx and .csv files, not {suffix}.</source>
            <translation>导出只支持 .xlsx 和 .csv 文件，不支持 {suffix}。</translation>
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
            <source>The phone number {phone} is masked; enter the full number.</source>
            <translation>电话号码 {phone} 已打码，请输入完整号码。</translation>
        </message>
        <message>
            <source>“{phone}” is not a phone number: a mobile has 11 digits, a landline starts with its area code.</source>
            <translation>“{phone}”不是电话号码：手机号为 11 位，座机号需以区号开头。</translation>
        </message>
        <message>
            <source>{user} may only read the national catalog; choose one of your regions as the owner.</source>
            <translation>{user} 对全国目录只有查看权限，请选择您负责的区域作为所属区域。</translation>
        </message>
        <message>
            <source>The code must not be empty.</source>
            <translation>编码不能为空。</translation>
        </message>
        <message>
            <source>“{code}” is not a valid code: use up to 40 letters, digits, “-”, “_” and “.”, starting with a letter or digit.</source>
            <translation>“{code}”不是有效的编码：最多 40 个字母、数字、“-”、“_”和“.”，并以字母或数字开头。</translation>
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
            <source>The unit must not be empty (for example 项, 台, 套, 米).</source>
            <translation>单位不能为空（例如 项、台、套、米）。</translation>
        </message>
        <message>
            <source>The unit must not be longer than {n} characters.</source>
            <translation>单位不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>The specification must not be longer than {n} characters.</source>
            <translation>规格/说明不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>The complexity must be a whole number from 1 to 5, not {value}.</source>
            <translation>复杂度必须是 1 到 5 的整数，不能是 {value}。</translation>
        </message>
        <message>
            <source>“{kind}” is not a kind of catalog row; use service or part.</source>
            <translation>“{kind}”不是目录条目类型，请使用 service 或 part。</translation>
        </message>
        <message>
            <source>The category no longer exists.</source>
            <translation>该分类已不存在。</translation>
        </message>
        <message>
            <source>There is already a category named {name} at this place in the tree.</source>
            <translation>同一位置已有名为 {name} 的分类。</translation>
        </message>
        <message>
            <source>The parent category no longer exists.</source>
            <translation>上级分类已不存在。</translation>
        </message>
        <message>
            <source>The category {name} belongs to the other catalog.</source>
            <translation>分类 {name} 属于另一个目录。</translation>
        </message>
        <message>
            <source>Categories can be nested at most {n} levels deep.</source>
            <translation>分类最多嵌套 {n} 层。</translation>
        </message>
        <message>
            <source>Another category already has the code {code}.</source>
            <translation>已有其他分类使用编码 {code}。</translation>
        </message>
        <message>
            <source>A category cannot be moved into itself or into one of its subcategories.</source>
            <translation>分类不能移动到自身或其下级分类中。</translation>
        </message>
        <message>
            <source>The category {name} still has {children} subcategories and {items} items. Move or delete them first.</source>
            <translation>分类 {name} 下还有 {children} 个子分类和 {items} 个条目，请先移走或删除。</translation>
        </message>
        <message>
            <source>The catalog item no longer exists.</source>
            <translation>该目录条目已不存在。</translation>
        </message>
        <message>
            <source>Another service item or part already has the code {code}.</source>
            <translation>已有其他项目或备件使用编码 {code}。</translation>
        </message>
        <message>
            <source>{item} is in service packages outside region {region} ({packages}); it cannot belong to that region alone.</source>
            <translation>{item} 已用于区域 {region} 以外的服务包（{packages}），不能只归属该区域。</translation>
        </message>
        <message>
            <source>{item} is used by the active service packages {packages}. Remove it from them or deactivate them first.</source>
            <translation>{item} 正被启用中的服务包 {packages} 使用，请先从中移除或停用这些服务包。</translation>
        </message>
        <message>
            <source>Another service package already has the code {code}.</source>
            <translation>已有其他服务包使用编码 {code}。</translation>
        </message>
        <message>
            <source>The service package no longer exists.</source>
            <translation>该服务包已不存在。</translation>
        </message>
        <message>
            <source>A service package needs at least one line.</source>
            <translation>服务包至少需要一条明细。</translation>
        </message>
        <message>
            <source>The item of line {line} no longer exists.</source>
            <translation>第 {line} 行的条目已不存在。</translation>
        </message>
        <message>
            <source>{item} is in the package twice; change the quantity of one line instead.</source>
            <translation>{item} 在服务包中出现了两次，请改为修改其中一行的数量。</translation>
        </message>
        <message>
            <source>{item} is inactive and cannot be put in a service package.</source>
            <translation>{item} 已停用，不能加入服务包。</translation>
        </message>
        <message>
            <source>{item} belongs to region {item_region} and cannot be used in a package for {package_region}.</source>
            <translation>{item} 属于区域 {item_region}，不能用于 {package_region} 的服务包。</translation>
        </message>
        <message>
            <source>The service package {package} is inactive.</source>
            <translation>服务包 {package} 已停用。</translation>
        </message>
        <message>
            <source>The address must not be longer than {n} characters.</source>
            <translation>地址不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>The notes must not be longer than {n} characters.</source>
            <translation>备注不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>The tag “{tag}” is longer than {n} characters.</source>
            <translation>标签“{tag}”超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>A customer can have at most {n} tags.</source>
            <translation>一个客户最多只能有 {n} 个标签。</translation>
        </message>
        <message>
            <source>“{channel}” is not a channel; use one of {channels}.</source>
            <translation>“{channel}”不是渠道，请使用以下之一：{channels}。</translation>
        </message>
        <message>
            <source>The {channel} id must not be longer than {n} characters.</source>
            <translation>{channel} 账号不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>“{code}” is not a region code.</source>
            <translation>“{code}”不是地区代码。</translation>
        </message>
        <message>
            <source>The customer no longer exists.</source>
            <translation>该客户已不存在。</translation>
        </message>
        <message>
            <source>Someone else just saved a customer with this phone number. Reload and try again.</source>
            <translation>其他人刚刚保存了使用此电话号码的客户。请刷新后重试。</translation>
        </message>
        <message>
            <source>The customer {customer} already has this phone number.</source>
            <translation>客户 {customer} 已使用此电话号码。</translation>
        </message>
        <message>
            <source>A customer outside your regions already has this phone number.</source>
            <translation>您负责地区以外的某位客户已使用此电话号码。</translation>
        </message>
        <message>
            <source>The owner rule no longer exists.</source>
            <translation>该归属规则已不存在。</translation>
        </message>
        <message>
            <source>The rule needs a name.</source>
            <translation>规则需要一个名称。</translation>
        </message>
        <message>
            <source>Choose either a user or a pool as the owner, not both and not neither.</source>
            <translation>负责人请选择一个用户或一个客户池，二者选其一。</translation>
        </message>
        <message>
            <source>The pool name must not be longer than {n} characters.</source>
            <translation>客户池名称不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>The owner must be an active user.</source>
            <translation>负责人必须是已启用的用户。</translation>
        </message>
        <message>
            <source>A rule applies to a region or to a region group, not to both.</source>
            <translation>规则只能适用于一个地区或一个地区分组，不能同时指定。</translation>
        </message>
        <message>
            <source>The region group no longer exists.</source>
            <translation>该地区分组已不存在。</translation>
        </message>
        <message>
            <source>{user} may only make rules for a region inside their own regions.</source>
            <translation>{user} 只能为自己负责地区内的地区制定规则。</translation>
        </message>
        <message>
            <source>The rule must start on or before the day it ends.</source>
            <translation>规则的开始日期不能晚于结束日期。</translation>
        </message>
        <message>
            <source>Customers or owner rules changed after the preview. Preview the re-assignment again.</source>
            <translation>预览之后客户或归属规则已有变化，请重新预览重新分配。</translation>
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
        <message>
            <source>The group name must not be empty.</source>
            <translation>分组名称不能为空。</translation>
        </message>
        <message>
            <source>The group name must not be longer than {n} characters.</source>
            <translation>分组名称不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>A region group named {name} already exists.</source>
            <translation>已有名为 {name} 的地区分组。</translation>
        </message>
        <message>
            <source>“{kind}” is not a kind of region group.</source>
            <translation>“{kind}”不是地区分组的类别。</translation>
        </message>
        <message>
            <source>The description must not be longer than {n} characters.</source>
            <translation>说明不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>The region group {name} is used by {count} rules ({rules}). Change or delete those rules first.</source>
            <translation>地区分组 {name} 正被 {count} 条规则使用（{rules}）。请先修改或删除这些规则。</translation>
        </message>
        <message>
            <source>Rule “{rule}” could tie with rule “{other}” (for example in {region}). Make one more specific or give it a different priority.</source>
            <translation>规则“{rule}”可能与规则“{other}”并列（例如在{region}）。请让其中一条更具体，或给它设置不同的优先级。</translation>
        </message>
        <message>
            <source>any region</source>
            <translation>任意地区</translation>
        </message>
        <message>
            <source>{cell}: {reason}</source>
            <translation>{cell}：{reason}</translation>
        </message>
        <message>
            <source>{count} cells of {file} are not valid, so nothing was imported:</source>
            <translation>{file} 中有 {count} 个单元格无效，因此没有导入任何数据：</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>……另有 {count} 处。</translation>
        </message>
        <message>
            <source>Prices are exported to .xlsx files, not {suffix}.</source>
            <translation>价格只能导出为 .xlsx 文件，不能导出为 {suffix}。</translation>
        </message>
        <message>
            <source>Prices are imported from .xlsx files, not {suffix}.</source>
            <translation>价格只能从 .xlsx 文件导入，不能从 {suffix} 导入。</translation>
        </message>
        <message>
            <source>The sheet {sheet} of {file} has more than {n} rows; split the file.</source>
            <translation>{file} 的工作表 {sheet} 超过 {n} 行，请拆分文件。</translation>
        </message>
        <message>
            <source>The first row must start with the column {column}.</source>
            <translation>第一行必须以列 {column} 开头。</translation>
        </message>
        <message>
            <source>“{code}” is not a price tier code.</source>
            <translation>“{code}”不是价格档位编码。</translation>
        </message>
        <message>
            <source>The tier {code} has a second column.</source>
            <translation>档位 {code} 出现了第二列。</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” is not a price book; name it settlement or sales.</source>
            <translation>工作表“{sheet}”不是价格表，请命名为 settlement 或 sales。</translation>
        </message>
        <message>
            <source>There is no catalog item with the code {code}.</source>
            <translation>没有编码为 {code} 的项目或备件。</translation>
        </message>
        <message>
            <source>The item code is missing.</source>
            <translation>缺少项目编码。</translation>
        </message>
        <message>
            <source>The item {code} is already on row {first_row}.</source>
            <translation>项目 {code} 已在第 {first_row} 行出现。</translation>
        </message>
        <message>
            <source>Formulas are not accepted ({text}); enter the amount.</source>
            <translation>不接受公式（{text}），请直接填写金额。</translation>
        </message>
        <message>
            <source>The file {file} has no settlement or sales sheet.</source>
            <translation>文件 {file} 中没有 settlement 或 sales 工作表。</translation>
        </message>
        <message>
            <source>settlement price</source>
            <translation>结算价</translation>
        </message>
        <message>
            <source>sales price</source>
            <translation>销售价</translation>
        </message>
        <message>
            <source>{item} ({code}) has no {book} in tier {tier} ({tier_code}) on {date}. Enter the price in the price grid.</source>
            <translation>{item}（{code}）在 {date} 没有档位 {tier}（{tier_code}）的{book}。请在价格表中填写该价格。</translation>
        </message>
        <message>
            <source>No tier rule matches {item} ({code}) in {region} on {date}, so it has no {book}. Add a rule, for example a national default.</source>
            <translation>{date} 在 {region} 没有档位规则匹配 {item}（{code}），因此它没有{book}。请添加规则，例如一条全国默认规则。</translation>
        </message>
        <message>
            <source>{item} / {tier}: {reason}</source>
            <translation>{item} / {tier}：{reason}</translation>
        </message>
        <message>
            <source>{count} prices cannot be saved, so nothing was saved:</source>
            <translation>有 {count} 个价格无法保存，因此未保存任何价格：</translation>
        </message>
        <message>
            <source>“{book}” is not a price book; use one of {books}.</source>
            <translation>“{book}”不是价格本；请使用 {books} 之一。</translation>
        </message>
        <message>
            <source>{text} is negative; a price cannot be.</source>
            <translation>{text} 是负数；价格不能为负数。</translation>
        </message>
        <message>
            <source>“{code}” is not a tier code: use 1 to 20 letters A–Z, digits, “-” or “_”.</source>
            <translation>“{code}”不是有效的档位编码：请使用 1 到 20 个大写字母 A–Z、数字、“-”或“_”。</translation>
        </message>
        <message>
            <source>The tier name must not be empty.</source>
            <translation>档位名称不能为空。</translation>
        </message>
        <message>
            <source>The tier name must not be longer than {n} characters.</source>
            <translation>档位名称不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>There is already a tier named {name}.</source>
            <translation>已有名为 {name} 的档位。</translation>
        </message>
        <message>
            <source>The price tier no longer exists.</source>
            <translation>该价格档位已不存在。</translation>
        </message>
        <message>
            <source>There is already a tier with the code {code}.</source>
            <translation>已有编码为 {code} 的档位。</translation>
        </message>
        <message>
            <source>The tiers were changed by someone else. Reload and try again.</source>
            <translation>档位已被他人修改。请重新加载后再试。</translation>
        </message>
        <message>
            <source>the item or the tier no longer exists.</source>
            <translation>该项目或档位已不存在。</translation>
        </message>
        <message>
            <source>a price effective from {date} exists already and is in force; prices in force are never rewritten, save from a later date.</source>
            <translation>已有自 {date} 起生效且正在执行的价格；生效的价格不会被改写，请选择更晚的生效日期保存。</translation>
        </message>
        <message>
            <source>a price in force cannot be removed, only replaced by a new price.</source>
            <translation>生效的价格不能删除，只能用新价格替换。</translation>
        </message>
        <message>
            <source>Someone else saved prices effective from {date} at the same time; nothing was saved. Reload and try again.</source>
            <translation>他人同时保存了自 {date} 起生效的价格；未保存任何内容。请重新加载后再试。</translation>
        </message>
        <message>
            <source>“{text}” is longer than {n} characters.</source>
            <translation>“{text}”超过了 {n} 个字符。</translation>
        </message>
        <message>
            <source>Choose the price tier the rule gives.</source>
            <translation>请选择该规则给出的价格档位。</translation>
        </message>
        <message>
            <source>“{code}” is not a catalog category code.</source>
            <translation>“{code}”不是项目类别编码。</translation>
        </message>
        <message>
            <source>The complexity level must be a whole number from {low} to {high}.</source>
            <translation>复杂度必须是 {low} 到 {high} 之间的整数。</translation>
        </message>
        <message>
            <source>The priority must be a whole number from {low} to {high}.</source>
            <translation>优先级必须是 {low} 到 {high} 之间的整数。</translation>
        </message>
        <message>
            <source>The tier rule no longer exists.</source>
            <translation>该档位规则已不存在。</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>无法读取 {file}：{reason}</translation>
        </message>
        <message>
            <source>{file} is not valid JSON (line:column {where}).</source>
            <translation>{file} 不是有效的 JSON（行:列 {where}）。</translation>
        </message>
        <message>
            <source>{user} is not linked to an installer.</source>
            <translation>{user} 没有关联安装师傅。</translation>
        </message>
        <message>
            <source>The installer does not exist.</source>
            <translation>该安装师傅不存在。</translation>
        </message>
        <message>
            <source>The value shown is masked; enter the full number or leave it unchanged.</source>
            <translation>显示的是隐藏后的号码；请输入完整号码，或保持不变。</translation>
        </message>
        <message>
            <source>The ID number “{number}” has {n} characters; a resident ID number has 18.</source>
            <translation>身份证号“{number}”有 {n} 位；居民身份证号码应为 18 位。</translation>
        </message>
        <message>
            <source>The ID number “{number}” may only contain digits, with an X allowed as the last character.</source>
            <translation>身份证号“{number}”只能包含数字，最后一位可以是 X。</translation>
        </message>
        <message>
            <source>The ID number “{number}” contains the birth date {date}, which is not a possible date.</source>
            <translation>身份证号“{number}”中的出生日期 {date} 不是有效日期。</translation>
        </message>
        <message>
            <source>The ID number “{number}” is not valid: its last character (the check digit) does not fit the other 17 digits. One of them is probably mistyped.</source>
            <translation>身份证号“{number}”无效：最后一位（校验码）与前 17 位不符，可能有数字输错。</translation>
        </message>
        <message>
            <source>The bank account “{account}” may only contain digits (spaces are allowed).</source>
            <translation>银行账号“{account}”只能包含数字（可以有空格）。</translation>
        </message>
        <message>
            <source>The bank account “{account}” has {n} digits; an account number has {low} to {high}.</source>
            <translation>银行账号“{account}”有 {n} 位；账号应为 {low} 到 {high} 位。</translation>
        </message>
        <message>
            <source>“{tax_id}” is not a tax ID: enter the 18-character unified social credit code (统一社会信用代码).</source>
            <translation>“{tax_id}”不是有效的税号：请输入 18 位统一社会信用代码。</translation>
        </message>
        <message>
            <source>“{code}” is not a valid code: use up to 20 letters, digits, “-”, “_” and “.”, starting with a letter or digit.</source>
            <translation>“{code}”不是有效的编码：最多 20 个字母、数字、“-”、“_”和“.”，且以字母或数字开头。</translation>
        </message>
        <message>
            <source>The contact person must not be longer than {n} characters.</source>
            <translation>联系人不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>The bank name must not be longer than {n} characters.</source>
            <translation>开户银行不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>The account holder must not be longer than {n} characters.</source>
            <translation>户名不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>Enter the bank (and branch) of the bank account.</source>
            <translation>请填写该银行账号的开户银行（及支行）。</translation>
        </message>
        <message>
            <source>“{mode}” is not a tax setting; use withheld or self_invoice.</source>
            <translation>“{mode}”不是有效的纳税方式；请使用 withheld 或 self_invoice。</translation>
        </message>
        <message>
            <source>{user} works in {scope} only: choose the regions the provider covers inside them.</source>
            <translation>{user} 只负责 {scope}：请在此范围内选择服务商的覆盖地区。</translation>
        </message>
        <message>
            <source>{regions} lie outside the regions of {user}.</source>
            <translation>{regions} 不在 {user} 的负责地区内。</translation>
        </message>
        <message>
            <source>The provider type no longer exists.</source>
            <translation>该服务商类型已不存在。</translation>
        </message>
        <message>
            <source>There is already a provider type named {name}.</source>
            <translation>已存在名为 {name} 的服务商类型。</translation>
        </message>
        <message>
            <source>The provider type {name} cannot be renamed: {count} rules (tier rules, owner rules) match on this name. Change those rules first, or add a new type.</source>
            <translation>服务商类型 {name} 不能重命名：有 {count} 条规则（档位规则、归属规则）按此名称匹配。请先修改这些规则，或添加新类型。</translation>
        </message>
        <message>
            <source>The list of provider types was changed by someone else. Reload and try again.</source>
            <translation>服务商类型列表已被其他人修改。请重新加载后再试。</translation>
        </message>
        <message>
            <source>Someone else just saved the same value. Reload and try again.</source>
            <translation>其他人刚刚保存了相同的值。请重新加载后再试。</translation>
        </message>
        <message>
            <source>The service provider no longer exists.</source>
            <translation>该服务商已不存在。</translation>
        </message>
        <message>
            <source>The provider type {name} is inactive and cannot be chosen.</source>
            <translation>服务商类型 {name} 已停用，不能选择。</translation>
        </message>
        <message>
            <source>The service provider {name} already has the code {code}.</source>
            <translation>服务商 {name} 已使用编码 {code}。</translation>
        </message>
        <message>
            <source>The installers {installers} work in regions the provider would no longer cover. Change their regions first.</source>
            <translation>安装师傅 {installers} 的工作地区将不再在服务商覆盖范围内。请先修改他们的工作地区。</translation>
        </message>
        <message>
            <source>{provider} still has {count} active installers. Deactivate them too, or move them to another provider first.</source>
            <translation>{provider} 仍有 {count} 位在职安装师傅。请一并停用，或先将他们转到其他服务商。</translation>
        </message>
        <message>
            <source>The installer no longer exists.</source>
            <translation>该安装师傅已不存在。</translation>
        </message>
        <message>
            <source>The sign-in account no longer exists.</source>
            <translation>该登录账号已不存在。</translation>
        </message>
        <message>
            <source>The account {user} does not have the installer role; only installer accounts can be linked.</source>
            <translation>账号 {user} 没有“安装师傅”角色；只能关联安装师傅账号。</translation>
        </message>
        <message>
            <source>The account {user} is already linked to the installer {installer}.</source>
            <translation>账号 {user} 已关联安装师傅 {installer}。</translation>
        </message>
        <message>
            <source>The installer {installer} already has this ID number.</source>
            <translation>安装师傅 {installer} 已使用此身份证号。</translation>
        </message>
        <message>
            <source>The service provider {provider} is inactive; choose an active one.</source>
            <translation>服务商 {provider} 已停用，请选择启用中的服务商。</translation>
        </message>
        <message>
            <source>{regions} lie outside the regions {provider} covers ({covered}).</source>
            <translation>{regions} 不在 {provider} 的覆盖地区（{covered}）内。</translation>
        </message>
        <message>
            <source>The installer {name} already has the code {code}.</source>
            <translation>安装师傅 {name} 已使用编码 {code}。</translation>
        </message>
        <message>
            <source>The service provider {provider} is inactive. Activate it first, or move the installer to another provider.</source>
            <translation>服务商 {provider} 已停用。请先启用该服务商，或将安装师傅转到其他服务商。</translation>
        </message>
        <message>
            <source>“{text}” is not a month: write it as YYYY-MM, for example 2026-10.</source>
            <translation>“{text}”不是月份：请写成 YYYY-MM，例如 2026-10。</translation>
        </message>
        <message>
            <source>Only sales prices change: what installers earn stays.</source>
            <translation>只改动了销售价：安装师傅的结算收入不受影响。</translation>
        </message>
        <message>
            <source>No settlement price changes.</source>
            <translation>结算价没有变化。</translation>
        </message>
        <message>
            <source>The new prices take effect on {date}, after the period, so as dated they change nothing in it.</source>
            <translation>新价格自 {date} 起生效，晚于该期间，按生效日期计算对该期间没有影响。</translation>
        </message>
        <message>
            <source>The rule chooses sales prices: what installers earn stays.</source>
            <translation>该规则用于销售价：安装师傅的结算收入不受影响。</translation>
        </message>
        <message>
            <source>The rule starts on {date}, after the period: it changes nothing in it.</source>
            <translation>该规则自 {date} 起生效，晚于该期间：对该期间没有影响。</translation>
        </message>
        <message>
            <source>Only work in the regions of {user} is counted.</source>
            <translation>只统计 {user} 所辖地区内的工单。</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>issued</source>
            <translation>已出具</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>已付款</translation>
        </message>
        <message>
            <source>void</source>
            <translation>已作废</translation>
        </message>
        <message>
            <source>There is no statement {number}.</source>
            <translation>结算单 {number} 不存在。</translation>
        </message>
        <message>
            <source>The draft statement of {payee} is out of date: its earnings changed after it was built. Build the statements again.</source>
            <translation>{payee} 的结算单草稿已过期：生成后其收益有变动。请重新生成结算单。</translation>
        </message>
        <message>
            <source>“{kind}” is not a kind of payee; use installer or provider.</source>
            <translation>“{kind}”不是收款方类型，请使用 installer（安装师傅）或 provider（服务商）。</translation>
        </message>
        <message>
            <source>Statement {number} is {status}; only drafts are issued.</source>
            <translation>结算单 {number} 状态为“{status}”；只有草稿可以出具。</translation>
        </message>
        <message>
            <source>The balance carried into the statement of {payee} was taken by another statement. Build the statements again.</source>
            <translation>{payee} 的上期结转金额已被另一张结算单使用，请重新生成结算单。</translation>
        </message>
        <message>
            <source>Some of these earnings were settled by statement {number} in the meantime, so nothing was issued. Build the statements again.</source>
            <translation>其中部分收益已由结算单 {number} 结算，本次未出具任何结算单。请重新生成结算单。</translation>
        </message>
        <message>
            <source>Statement {number} is {status}; only issued statements are paid.</source>
            <translation>结算单 {number} 状态为“{status}”；只有已出具的结算单可以标记付款。</translation>
        </message>
        <message>
            <source>The payment reference is longer than 100 characters.</source>
            <translation>付款凭证号超过 100 个字符。</translation>
        </message>
        <message>
            <source>Statement {number} is {status}; only issued statements are voided.</source>
            <translation>结算单 {number} 状态为“{status}”；只有已出具的结算单可以作废。</translation>
        </message>
        <message>
            <source>Say why the statement is voided (at most 200 characters).</source>
            <translation>请填写作废原因（最多 200 个字符）。</translation>
        </message>
        <message>
            <source>Statement {taker} carried the balance of {number} forward; void {taker} first.</source>
            <translation>结算单 {taker} 已结转了 {number} 的余额，请先作废 {taker}。</translation>
        </message>
        <message>
            <source>Only a voided statement is amended; void {number} first.</source>
            <translation>只有已作废的结算单可以更正，请先作废 {number}。</translation>
        </message>
        <message>
            <source>Statement {number} already has an amendment ({amendment}).</source>
            <translation>结算单 {number} 已有更正单（{amendment}）。</translation>
        </message>
        <message>
            <source>a draft</source>
            <translation>是草稿</translation>
        </message>
        <message>
            <source>Nothing is left to settle for {payee} in this period.</source>
            <translation>{payee} 在本期已没有待结算的收益。</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>已派单</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>施工中</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>已完工</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>奖励</translation>
        </message>
        <message>
            <source>deduction</source>
            <translation>扣款</translation>
        </message>
        <message>
            <source>correction</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>service address</source>
            <translation>服务地址</translation>
        </message>
        <message>
            <source>line note</source>
            <translation>明细备注</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>scenario</source>
            <translation>场景</translation>
        </message>
        <message>
            <source>No work order was completed; {count} cannot be: {problems}{more}</source>
            <translation>工单均未完工：有 {count} 张无法完工：{problems}{more}</translation>
        </message>
        <message>
            <source>There is no work order {number}.</source>
            <translation>工单 {number} 不存在。</translation>
        </message>
        <message>
            <source>The {field} is longer than {limit} characters.</source>
            <translation>{field}超过 {limit} 个字符。</translation>
        </message>
        <message>
            <source>The complexity must be between {low} and {high}, not {value}.</source>
            <translation>复杂度必须在 {low} 到 {high} 之间，不能是 {value}。</translation>
        </message>
        <message>
            <source>Choose the service provider before the crew.</source>
            <translation>请先选择服务商，再选择施工人员。</translation>
        </message>
        <message>
            <source>Crew member {row} is not an installer.</source>
            <translation>第 {row} 位施工人员不是安装师傅。</translation>
        </message>
        <message>
            <source>{name} is in the crew twice.</source>
            <translation>{name} 在施工人员中出现了两次。</translation>
        </message>
        <message>
            <source>{name} does not work for {provider}.</source>
            <translation>{name} 不属于服务商 {provider}。</translation>
        </message>
        <message>
            <source>The share of {name} must be more than 0 and at most 100 percent, with two decimals.</source>
            <translation>{name} 的分成比例必须大于 0、不超过 100%，最多两位小数。</translation>
        </message>
        <message>
            <source>The crew's shares add up to {sum}%, not 100%.</source>
            <translation>施工人员分成比例合计为 {sum}%，不是 100%。</translation>
        </message>
        <message>
            <source>Line {row} has no catalog item.</source>
            <translation>第 {row} 行没有选择项目或备件。</translation>
        </message>
        <message>
            <source>Line {row}: {item} ({code}) is inactive and cannot be added.</source>
            <translation>第 {row} 行：{item}（{code}）已停用，不能添加。</translation>
        </message>
        <message>
            <source>Adjustment {row}: “{kind}” is not a kind of adjustment.</source>
            <translation>第 {row} 条调整：“{kind}”不是有效的调整类型。</translation>
        </message>
        <message>
            <source>Adjustment {row} has no amount.</source>
            <translation>第 {row} 条调整没有金额。</translation>
        </message>
        <message>
            <source>Adjustment {row}: a bonus is a positive amount.</source>
            <translation>第 {row} 条调整：奖励金额必须为正数。</translation>
        </message>
        <message>
            <source>Adjustment {row}: a deduction is a negative amount.</source>
            <translation>第 {row} 条调整：扣款金额必须为负数。</translation>
        </message>
        <message>
            <source>Adjustment {row} needs a reason.</source>
            <translation>第 {row} 条调整需要填写原因。</translation>
        </message>
        <message>
            <source>Adjustment {row}: the work order has no crew to pay it to.</source>
            <translation>第 {row} 条调整：工单没有施工人员，无法计入。</translation>
        </message>
        <message>
            <source>Adjustment {row} is for an installer who is not in the crew.</source>
            <translation>第 {row} 条调整对应的师傅不在施工人员中。</translation>
        </message>
        <message>
            <source>Choose the customer.</source>
            <translation>请选择客户。</translation>
        </message>
        <message>
            <source>The service provider does not exist.</source>
            <translation>该服务商不存在。</translation>
        </message>
        <message>
            <source>The service provider {name} is inactive.</source>
            <translation>服务商 {name} 已停用。</translation>
        </message>
        <message>
            <source>Work order {number} is {status} and cannot be changed.</source>
            <translation>工单 {number} 状态为“{status}”，不能修改。</translation>
        </message>
        <message>
            <source>Work order {number} cannot go from {current} to {target}.</source>
            <translation>工单 {number} 不能从“{current}”变为“{target}”。</translation>
        </message>
        <message>
            <source>Work order {number} has no service provider.</source>
            <translation>工单 {number} 没有服务商。</translation>
        </message>
        <message>
            <source>Work order {number} has no crew.</source>
            <translation>工单 {number} 没有施工人员。</translation>
        </message>
        <message>
            <source>Say why the work order is cancelled.</source>
            <translation>请填写取消工单的原因。</translation>
        </message>
        <message>
            <source>it is {status}.</source>
            <translation>状态为“{status}”。</translation>
        </message>
        <message>
            <source>it was changed by someone else; reload it.</source>
            <translation>已被他人修改，请重新加载。</translation>
        </message>
        <message>
            <source>it has no service provider.</source>
            <translation>没有服务商。</translation>
        </message>
        <message>
            <source>it has no crew.</source>
            <translation>没有施工人员。</translation>
        </message>
        <message>
            <source>it has no lines.</source>
            <translation>没有服务明细。</translation>
        </message>
        <message>
            <source>Some work orders were changed by someone else; reload them.</source>
            <translation>部分工单已被他人修改，请重新加载。</translation>
        </message>
        <message>
            <source>Work order {number} is {status}; only completed work orders are reopened.</source>
            <translation>工单 {number} 状态为“{status}”；只有已完工的工单可以重新打开。</translation>
        </message>
        <message>
            <source>Say why the work order is reopened.</source>
            <translation>请填写重新打开工单的原因。</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}：{problem}</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>此项必填。</translation>
        </message>
        <message>
            <source>Expected text or a number.</source>
            <translation>应为文本或数字。</translation>
        </message>
        <message>
            <source>“{text}” is not a date (YYYY-MM-DD).</source>
            <translation>“{text}”不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Expected a list.</source>
            <translation>应为列表。</translation>
        </message>
        <message>
            <source>There is no {what} with the code {code}.</source>
            <translation>没有编码为 {code} 的{what}。</translation>
        </message>
        <message>
            <source>Expected an object.</source>
            <translation>应为对象。</translation>
        </message>
        <message>
            <source>No customer has this phone number or id.</source>
            <translation>没有客户使用这个电话号码或编号。</translation>
        </message>
        <message>
            <source>service provider</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>installer</source>
            <translation>安装师傅</translation>
        </message>
        <message>
            <source>“{text}” is not a percentage.</source>
            <translation>“{text}”不是百分比。</translation>
        </message>
        <message>
            <source>service package</source>
            <translation>服务包</translation>
        </message>
        <message>
            <source>catalog item</source>
            <translation>项目或备件</translation>
        </message>
        <message>
            <source>{code} is not in the crew.</source>
            <translation>{code} 不在施工人员中。</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number.</source>
            <translation>“{text}”不是整数。</translation>
        </message>
        <message>
            <source>A new work order is draft, assigned or in_progress.</source>
            <translation>新工单的状态只能是 draft、assigned 或 in_progress。</translation>
        </message>
        <message>
            <source>The font for printing statements is missing or damaged: {path}. Reinstall SCRM Desktop.</source>
            <translation>打印结算单所需的字体缺失或已损坏：{path}。请重新安装 SCRM Desktop。</translation>
        </message>
        <message>
            <source>This statement was saved in a newer format ({schema}) than this version of SCRM Desktop can print. Update the program.</source>
            <translation>此结算单以较新的格式（{schema}）保存，当前版本的 SCRM Desktop 无法打印。请升级程序。</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <source>The BPMN file is larger than {limit} MB.</source>
            <translation>BPMN 文件超过 {limit} MB。</translation>
        </message>
        <message>
            <source>The BPMN file nests elements more than {limit} levels deep.</source>
            <translation>BPMN 文件的元素嵌套超过 {limit} 层。</translation>
        </message>
        <message>
            <source>The BPMN file has more than {limit} XML elements.</source>
            <translation>BPMN 文件的 XML 元素超过 {limit} 个。</translation>
        </message>
        <message>
            <source>The file contains a DOCTYPE declaration or entities, which BPMN files may not have; it was not read.</source>
            <translation>文件包含 DOCTYPE 声明或实体，BPMN 文件不允许包含这些内容，未读取该文件。</translation>
        </message>
        <message>
            <source>The file is not well-formed XML: {reason}</source>
            <translation>文件不是格式正确的 XML：{reason}</translation>
        </message>
        <message>
            <source>Node id '{id}' is not a valid id.</source>
            <translation>节点标识“{id}”无效。</translation>
        </message>
        <message>
            <source>Edge id '{id}' is not a valid id.</source>
            <translation>连线标识“{id}”无效。</translation>
        </message>
        <message>
            <source>A node and an edge share the id '{id}'; BPMN needs unique ids.</source>
            <translation>节点和连线使用了相同的标识“{id}”，BPMN 要求标识唯一。</translation>
        </message>
        <message>
            <source>The file is not BPMN 2.0 XML (its root element is {element}).</source>
            <translation>文件不是 BPMN 2.0 XML（根元素为 {element}）。</translation>
        </message>
        <message>
            <source>The BPMN file contains no process.</source>
            <translation>BPMN 文件中没有流程（process）。</translation>
        </message>
        <message>
            <source>The file has {count} processes or pools; only '{name}' was imported.</source>
            <translation>文件包含 {count} 个流程或泳池，只导入了“{name}”。</translation>
        </message>
        <message>
            <source>Id '{id}' appears twice; the second element was ignored.</source>
            <translation>标识“{id}”出现了两次，已忽略第二个元素。</translation>
        </message>
        <message>
            <source>Id '{id}' is not a valid id; it was replaced by '{new}'.</source>
            <translation>标识“{id}”无效，已替换为“{new}”。</translation>
        </message>
        <message>
            <source>A workflow may have at most {limit} nodes.</source>
            <translation>一个流程最多只能有 {limit} 个节点。</translation>
        </message>
        <message>
            <source>Node {id}: {feature} is not supported and was ignored.</source>
            <translation>节点 {id}：不支持 {feature}，已忽略。</translation>
        </message>
        <message>
            <source>Node {id}: the {element} was imported as an exclusive gateway; check its conditions.</source>
            <translation>节点 {id}：{element} 已导入为排他网关，请检查其条件。</translation>
        </message>
        <message>
            <source>Node {id}: cannot represent {element}; imported as a manual task needing an assignee.</source>
            <translation>节点 {id}：无法表示 {element}，已导入为需要指定处理人的人工任务。</translation>
        </message>
        <message>
            <source>Edge {id}: it refers to a node that does not exist ({ref}); it was dropped.</source>
            <translation>连线 {id}：引用了不存在的节点（{ref}），已丢弃。</translation>
        </message>
        <message>
            <source>Edge {id}: condition in {language} needs review.</source>
            <translation>连线 {id}：{language} 写的条件需要人工复核。</translation>
        </message>
        <message>
            <source>Node {id}: the boundary event on {attached} was removed with its outgoing flows.</source>
            <translation>节点 {id}：附加在 {attached} 上的边界事件及其流出连线已删除。</translation>
        </message>
        <message>
            <source>The process has {count} start events; only the first ({id}) was kept.</source>
            <translation>流程有 {count} 个开始事件，只保留了第一个（{id}）。</translation>
        </message>
        <message>
            <source>Node {id}: the parallel gateway both joins and splits; it was imported as a split.</source>
            <translation>节点 {id}：该并行网关既汇合又分支，已导入为并行分支。</translation>
        </message>
        <message>
            <source>Node {id}: the {element} was removed and its incoming and outgoing flows were joined.</source>
            <translation>节点 {id}：{element} 已删除，其流入和流出连线已直接相连。</translation>
        </message>
        <message>
            <source>Node {id}: the gateway only merges flows; it was removed and its incoming flows now lead to {target}.</source>
            <translation>节点 {id}：该网关只用于汇合，已删除，其流入连线现在直接指向 {target}。</translation>
        </message>
        <message>
            <source>Nested lanes were flattened into stages.</source>
            <translation>嵌套的泳道已展平为阶段。</translation>
        </message>
        <message>
            <source>The file has no layout; the workflow was laid out automatically.</source>
            <translation>文件没有图形布局，已自动排列流程。</translation>
        </message>
        <message>
            <source>Nodes without a layout ({count}) were placed automatically below the others.</source>
            <translation>没有布局的节点（{count} 个）已自动放置在其他节点下方。</translation>
        </message>
        <message>
            <source>number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>yes-no</source>
            <translation>是/否</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>空值</translation>
        </message>
        <message>
            <source>list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>text or list</source>
            <translation>文本或列表</translation>
        </message>
        <message>
            <source>attribute access</source>
            <translation>属性访问</translation>
        </message>
        <message>
            <source>subscript</source>
            <translation>下标</translation>
        </message>
        <message>
            <source>slice</source>
            <translation>切片</translation>
        </message>
        <message>
            <source>lambda</source>
            <translation>lambda 表达式</translation>
        </message>
        <message>
            <source>comprehension</source>
            <translation>推导式</translation>
        </message>
        <message>
            <source>generator expression</source>
            <translation>生成器表达式</translation>
        </message>
        <message>
            <source>f-string</source>
            <translation>f 字符串</translation>
        </message>
        <message>
            <source>unpacking (*)</source>
            <translation>解包（*）</translation>
        </message>
        <message>
            <source>assignment expression (:=)</source>
            <translation>赋值表达式（:=）</translation>
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
            <translation>字典</translation>
        </message>
        <message>
            <source>set</source>
            <translation>集合</translation>
        </message>
        <message>
            <source>keyword argument</source>
            <translation>关键字参数</translation>
        </message>
        <message>
            <source>keyword unpacking (**)</source>
            <translation>关键字解包（**）</translation>
        </message>
        <message>
            <source>call of a computed value</source>
            <translation>调用计算出的值</translation>
        </message>
        <message>
            <source>bytes literal</source>
            <translation>字节串字面量</translation>
        </message>
        <message>
            <source>imaginary number</source>
            <translation>虚数</translation>
        </message>
        <message>
            <source>ellipsis (...)</source>
            <translation>省略号（...）</translation>
        </message>
        <message>
            <source>Expression must be text, not {type}</source>
            <translation>表达式必须是文本，而不是 {type}</translation>
        </message>
        <message>
            <source>Expression: longer than {limit} characters</source>
            <translation>表达式：超过 {limit} 个字符</translation>
        </message>
        <message>
            <source>Expression is empty</source>
            <translation>表达式为空</translation>
        </message>
        <message>
            <source>Expression: too complex (more than {limit} parts)</source>
            <translation>表达式：过于复杂（超过 {limit} 个组成部分）</translation>
        </message>
        <message>
            <source>Expression: nested more than {limit} levels deep</source>
            <translation>表达式：嵌套超过 {limit} 层</translation>
        </message>
        <message>
            <source>Expression syntax error at column {column}: {detail}</source>
            <translation>表达式第 {column} 列有语法错误：{detail}</translation>
        </message>
        <message>
            <source>Expression: {construct} is not allowed</source>
            <translation>表达式：不允许使用{construct}</translation>
        </message>
        <message>
            <source>Expression: the operator '{operator}' is not allowed</source>
            <translation>表达式：不允许使用运算符“{operator}”</translation>
        </message>
        <message>
            <source>Expression: the number {number} is too large</source>
            <translation>表达式：数字 {number} 太大</translation>
        </message>
        <message>
            <source>Expression: function call to '{name}' is not allowed (allowed: {allowed})</source>
            <translation>表达式：不允许调用函数“{name}”（可用：{allowed}）</translation>
        </message>
        <message>
            <source>Expression: {name}() takes at least {least} argument(s), not {count}</source>
            <translation>表达式：{name}() 至少需要 {least} 个参数，而不是 {count} 个</translation>
        </message>
        <message>
            <source>Expression: {name}() takes {least} argument(s), not {count}</source>
            <translation>表达式：{name}() 需要 {least} 个参数，而不是 {count} 个</translation>
        </message>
        <message>
            <source>Expression: {name}() takes {least} to {most} argument(s), not {count}</source>
            <translation>表达式：{name}() 需要 {least} 到 {most} 个参数，而不是 {count} 个</translation>
        </message>
        <message>
            <source>Expression: result too large</source>
            <translation>表达式：结果太大</translation>
        </message>
        <message>
            <source>is not a finite number of at most 30 digits</source>
            <translation>不是最多 30 位整数的有限数字</translation>
        </message>
        <message>
            <source>has an unsupported type</source>
            <translation>的类型不受支持</translation>
        </message>
        <message>
            <source>Expression: unknown name '{name}'</source>
            <translation>表达式：未知名称“{name}”</translation>
        </message>
        <message>
            <source>Expression: the value of '{name}' ({type}) {reason}</source>
            <translation>表达式：“{name}”的值（{type}）{reason}</translation>
        </message>
        <message>
            <source>Expression: too complex to evaluate</source>
            <translation>表达式：过于复杂，无法计算</translation>
        </message>
        <message>
            <source>Expression: cannot compare {left} with {right} using '{op}'</source>
            <translation>表达式：不能用“{op}”比较{left}和{right}</translation>
        </message>
        <message>
            <source>Expression: cannot use '{op}' on {left} and {right}</source>
            <translation>表达式：不能对{left}和{right}使用“{op}”</translation>
        </message>
        <message>
            <source>Expression: division by zero</source>
            <translation>表达式：除数为零</translation>
        </message>
        <message>
            <source>Expression: the text result would be longer than {limit} characters</source>
            <translation>表达式：文本结果将超过 {limit} 个字符</translation>
        </message>
        <message>
            <source>Expression: the exponent must be a whole number from 0 to {limit}</source>
            <translation>表达式：指数必须是 0 到 {limit} 之间的整数</translation>
        </message>
        <message>
            <source>Expression: cannot use '{op}' on {operand}</source>
            <translation>表达式：不能对{operand}使用“{op}”</translation>
        </message>
        <message>
            <source>Expression: {name}() needs {expected}, not {actual}</source>
            <translation>表达式：{name}() 需要{expected}，而不是{actual}</translation>
        </message>
        <message>
            <source>Expression: {name}() of an empty list</source>
            <translation>表达式：不能对空列表使用 {name}()</translation>
        </message>
        <message>
            <source>Expression: the digits of round() must be a whole number from {low} to {high}</source>
            <translation>表达式：round() 的位数必须是 {low} 到 {high} 之间的整数</translation>
        </message>
        <message>
            <source>Expression: '{text}' is not a number</source>
            <translation>表达式：“{text}”不是数字</translation>
        </message>
        <message>
            <source>Condition: too complex to write as an expression: {error}</source>
            <translation>条件：过于复杂，无法写成表达式：{error}</translation>
        </message>
        <message>
            <source>Condition: expected a mapping with 'all', 'any', 'not', 'expr' or 'field', not {type}</source>
            <translation>条件：应为包含 'all'、'any'、'not'、'expr' 或 'field' 的映射，而不是 {type}</translation>
        </message>
        <message>
            <source>Condition: unexpected key '{key}'</source>
            <translation>条件：多余的键“{key}”</translation>
        </message>
        <message>
            <source>Condition: nested more than {limit} levels deep</source>
            <translation>条件：嵌套超过 {limit} 层</translation>
        </message>
        <message>
            <source>Condition: '{key}' needs a list of conditions</source>
            <translation>条件：“{key}”需要一个条件列表</translation>
        </message>
        <message>
            <source>Condition: more than {limit} comparisons</source>
            <translation>条件：比较超过 {limit} 个</translation>
        </message>
        <message>
            <source>Condition: 'expr' needs text</source>
            <translation>条件：“expr”需要文本</translation>
        </message>
        <message>
            <source>Condition: missing '{key}'</source>
            <translation>条件：缺少“{key}”</translation>
        </message>
        <message>
            <source>Condition: '{name}' is not a valid field name</source>
            <translation>条件：“{name}”不是有效的字段名</translation>
        </message>
        <message>
            <source>Condition: unknown operator '{op}' (allowed: {allowed})</source>
            <translation>条件：未知运算符“{op}”（可用：{allowed}）</translation>
        </message>
        <message>
            <source>Condition: '{op}' takes no value</source>
            <translation>条件：“{op}”不需要值</translation>
        </message>
        <message>
            <source>Condition: '{op}' needs a list of values</source>
            <translation>条件：“{op}”需要一个值列表</translation>
        </message>
        <message>
            <source>Condition: {value} is not a valid value for '{op}'</source>
            <translation>条件：{value} 不是“{op}”的有效值</translation>
        </message>
        <message>
            <source>“{text}” is not a time of day; write it as HH:MM, for example 09:00.</source>
            <translation>“{text}”不是时刻，请按 HH:MM 填写，例如 09:00。</translation>
        </message>
        <message>
            <source>The working day must end after it starts.</source>
            <translation>工作日的下班时间必须晚于上班时间。</translation>
        </message>
        <message>
            <source>Give both the start and the end of the lunch break, or neither.</source>
            <translation>午休的开始和结束时间要么都填，要么都不填。</translation>
        </message>
        <message>
            <source>The lunch break must start after the working day starts and end before it ends.</source>
            <translation>午休必须在上班之后开始、在下班之前结束。</translation>
        </message>
        <message>
            <source>Choose at least one working weekday.</source>
            <translation>请至少选择一个工作日（星期几）。</translation>
        </message>
        <message>
            <source>“{zone}” is not a time zone (for example Asia/Shanghai).</source>
            <translation>“{zone}”不是时区（例如 Asia/Shanghai）。</translation>
        </message>
        <message>
            <source>The work calendar</source>
            <translation>工作日历</translation>
        </message>
        <message>
            <source>Choose a date.</source>
            <translation>请选择日期。</translation>
        </message>
        <message>
            <source>The note must not be longer than {n} characters.</source>
            <translation>备注不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>The workflow has no node {node}.</source>
            <translation>流程中没有节点 {node}。</translation>
        </message>
        <message>
            <source>The workflow has no start node.</source>
            <translation>流程没有开始节点。</translation>
        </message>
        <message>
            <source>No matching path at gateway {name} for work order {number}: no condition is true and there is no default.</source>
            <translation>工单 {number} 在网关“{name}”处没有可走的路径：没有条件成立，也没有默认路径。</translation>
        </message>
        <message>
            <source>Work order {number} went through more than {limit} automatic steps at {name}: the workflow loops without a task or approval.</source>
            <translation>工单 {number} 在“{name}”处连续经过了超过 {limit} 个自动节点：流程在没有任务或审批的情况下循环。</translation>
        </message>
        <message>
            <source>Gateway {name} for work order {number}: {problem}</source>
            <translation>工单 {number} 的网关“{name}”：{problem}</translation>
        </message>
        <message>
            <source>Work order {number} is not at {name} (any more). Reload and try again.</source>
            <translation>工单 {number} 已不在“{name}”环节。请刷新后重试。</translation>
        </message>
        <message>
            <source>{user} may not act on {name} of work order {number}.</source>
            <translation>{user} 无权处理工单 {number} 的“{name}”环节。</translation>
        </message>
        <message>
            <source>{name} of work order {number} has no earlier step to send the work back to.</source>
            <translation>工单 {number} 的“{name}”之前没有可退回的环节。</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not an amount.</source>
            <translation>{label}：“{value}”不是金额。</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not an amount with at most two decimals.</source>
            <translation>{label}：“{value}”不是最多两位小数的金额。</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not a number.</source>
            <translation>{label}：“{value}”不是数字。</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not a date (YYYY-MM-DD).</source>
            <translation>{label}：“{value}”不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>{label}: answer yes or no.</source>
            <translation>{label}：请选择是或否。</translation>
        </message>
        <message>
            <source>{label}: text expected.</source>
            <translation>{label}：应填写文本。</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>单行文本</translation>
        </message>
        <message>
            <source>Multi-line text</source>
            <translation>多行文本</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>日期时间</translation>
        </message>
        <message>
            <source>Single select</source>
            <translation>单选</translation>
        </message>
        <message>
            <source>Multi select</source>
            <translation>多选</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Catalog lines</source>
            <translation>项目/备件明细</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>Checkbox</source>
            <translation>勾选框</translation>
        </message>
        <message>
            <source>Computed</source>
            <translation>计算字段</translation>
        </message>
        <message>
            <source>Form field #{index} must be a JSON object.</source>
            <translation>表单第 {index} 个字段必须是 JSON 对象。</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true 或 false</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>a list of texts</source>
            <translation>文本列表</translation>
        </message>
        <message>
            <source>a condition (a JSON object)</source>
            <translation>条件（JSON 对象）</translation>
        </message>
        <message>
            <source>a number or a date as text</source>
            <translation>以文本表示的数字或日期</translation>
        </message>
        <message>
            <source>Form field #{index} ({key}): '{property}' must be {kind}.</source>
            <translation>表单第 {index} 个字段（{key}）：“{property}”必须是{kind}。</translation>
        </message>
        <message>
            <source>A form must be a JSON object.</source>
            <translation>表单必须是 JSON 对象。</translation>
        </message>
        <message>
            <source>A form's 'fields' must be a list of fields.</source>
            <translation>表单的“fields”必须是字段列表。</translation>
        </message>
        <message>
            <source>Field key {key} appears twice.</source>
            <translation>字段键 {key} 重复出现。</translation>
        </message>
        <message>
            <source>A form's 'rows' must be a list of lists of field keys.</source>
            <translation>表单的“rows”必须是由字段键列表组成的列表。</translation>
        </message>
        <message>
            <source>A form may have at most {limit} fields.</source>
            <translation>一个表单最多只能有 {limit} 个字段。</translation>
        </message>
        <message>
            <source>The form has no fields.</source>
            <translation>表单还没有字段。</translation>
        </message>
        <message>
            <source>Row {index} is empty.</source>
            <translation>第 {index} 行是空的。</translation>
        </message>
        <message>
            <source>Row {index} holds more than {limit} fields.</source>
            <translation>第 {index} 行的字段超过 {limit} 个。</translation>
        </message>
        <message>
            <source>Row {index} names a field '{key}' the form does not have.</source>
            <translation>第 {index} 行引用了表单中不存在的字段“{key}”。</translation>
        </message>
        <message>
            <source>Field {label} is placed in more than one row.</source>
            <translation>字段 {label} 被放在了多行中。</translation>
        </message>
        <message>
            <source>Row {index}: its fields span {count} columns; a row has {limit}.</source>
            <translation>第 {index} 行：字段共占 {count} 列，而一行只有 {limit} 列。</translation>
        </message>
        <message>
            <source>Field {label} is in no row.</source>
            <translation>字段 {label} 不在任何一行中。</translation>
        </message>
        <message>
            <source>Field key '{key}' is not valid: use 1 to 40 letters, digits or '_', starting with a letter.</source>
            <translation>字段键“{key}”无效：请使用 1 到 40 个字母、数字或“_”，并以字母开头。</translation>
        </message>
        <message>
            <source>Field {label}: unknown type '{type}'.</source>
            <translation>字段 {label}：未知类型“{type}”。</translation>
        </message>
        <message>
            <source>Field {label} has no label.</source>
            <translation>字段 {label} 没有标签。</translation>
        </message>
        <message>
            <source>Field {label}: the {property} is longer than {limit} characters.</source>
            <translation>字段 {label}：{property}超过 {limit} 个字符。</translation>
        </message>
        <message>
            <source>Field {label}: the width must be from 1 to {limit} columns.</source>
            <translation>字段 {label}：宽度必须为 1 到 {limit} 列。</translation>
        </message>
        <message>
            <source>label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>help text</source>
            <translation>帮助说明</translation>
        </message>
        <message>
            <source>placeholder</source>
            <translation>占位提示</translation>
        </message>
        <message>
            <source>minimum</source>
            <translation>最小值</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>最大值</translation>
        </message>
        <message>
            <source>minimum length</source>
            <translation>最短长度</translation>
        </message>
        <message>
            <source>maximum length</source>
            <translation>最长长度</translation>
        </message>
        <message>
            <source>pattern</source>
            <translation>格式（正则表达式）</translation>
        </message>
        <message>
            <source>decimal places</source>
            <translation>小数位数</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>formula</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>number of files</source>
            <translation>文件数</translation>
        </message>
        <message>
            <source>Field {label}: the {property} does nothing for a field of type {type}.</source>
            <translation>字段 {label}：{property}对“{type}”类型的字段不起作用。</translation>
        </message>
        <message>
            <source>Field {label}: a computed field cannot be required.</source>
            <translation>字段 {label}：计算字段不能设为必填。</translation>
        </message>
        <message>
            <source>Field {label}: a select needs at least one option.</source>
            <translation>字段 {label}：选择字段至少需要一个选项。</translation>
        </message>
        <message>
            <source>Field {label}: at most {limit} options.</source>
            <translation>字段 {label}：最多 {limit} 个选项。</translation>
        </message>
        <message>
            <source>Field {label}: an option is empty or starts or ends with a space.</source>
            <translation>字段 {label}：有选项为空，或以空格开头或结尾。</translation>
        </message>
        <message>
            <source>Field {label}: option '{option}' is longer than {limit} characters or unreadable.</source>
            <translation>字段 {label}：选项“{option}”超过 {limit} 个字符或包含无法识别的字符。</translation>
        </message>
        <message>
            <source>Field {label}: option '{option}' appears twice.</source>
            <translation>字段 {label}：选项“{option}”重复出现。</translation>
        </message>
        <message>
            <source>Field {label}: the minimum is larger than the maximum.</source>
            <translation>字段 {label}：最小值大于最大值。</translation>
        </message>
        <message>
            <source>a number such as 10 or 2.5</source>
            <translation>数字，例如 10 或 2.5</translation>
        </message>
        <message>
            <source>an amount such as 100 or 99.90</source>
            <translation>金额，例如 100 或 99.90</translation>
        </message>
        <message>
            <source>a date such as 2025-01-31</source>
            <translation>日期，例如 2025-01-31</translation>
        </message>
        <message>
            <source>a date and time such as 2025-01-31T14:30:00+08:00</source>
            <translation>日期时间，例如 2025-01-31T14:30:00+08:00</translation>
        </message>
        <message>
            <source>Field {label}: the {property} must be {format}.</source>
            <translation>字段 {label}：{property}必须是{format}。</translation>
        </message>
        <message>
            <source>Field {label}: the {property} must be from 0 to {limit}.</source>
            <translation>字段 {label}：{property}必须为 0 到 {limit}。</translation>
        </message>
        <message>
            <source>Field {label}: the minimum length is larger than the maximum.</source>
            <translation>字段 {label}：最短长度大于最长长度。</translation>
        </message>
        <message>
            <source>Field {label}: {reason}</source>
            <translation>字段 {label}：{reason}</translation>
        </message>
        <message>
            <source>Field {label}: the decimal places must be from 0 to {limit}.</source>
            <translation>字段 {label}：小数位数必须为 0 到 {limit}。</translation>
        </message>
        <message>
            <source>Field {label}: the number of files must be from 1 to {limit}.</source>
            <translation>字段 {label}：文件数必须为 1 到 {limit}。</translation>
        </message>
        <message>
            <source>Field {label}: a computed field needs a formula.</source>
            <translation>字段 {label}：计算字段需要公式。</translation>
        </message>
        <message>
            <source>Field {label}: the formula: {reason}</source>
            <translation>字段 {label}：公式：{reason}</translation>
        </message>
        <message>
            <source>Field {label}: the formula reads '{name}', which is not another field of this form.</source>
            <translation>字段 {label}：公式读取了“{name}”，它不是本表单的其他字段。</translation>
        </message>
        <message>
            <source>visibility rule</source>
            <translation>显示规则</translation>
        </message>
        <message>
            <source>required-when rule</source>
            <translation>必填规则</translation>
        </message>
        <message>
            <source>Field {label}: the {rule}: {reason}</source>
            <translation>字段 {label}：{rule}：{reason}</translation>
        </message>
        <message>
            <source>Field {label}: the {rule} reads '{name}', which is not another field of this form.</source>
            <translation>字段 {label}：{rule}读取了“{name}”，它不是本表单的其他字段。</translation>
        </message>
        <message>
            <source>Field {label}: a field of type {type} cannot have a default value.</source>
            <translation>字段 {label}：“{type}”类型的字段不能有默认值。</translation>
        </message>
        <message>
            <source>Field {label}: the default value is not valid: {reason}</source>
            <translation>字段 {label}：默认值无效：{reason}</translation>
        </message>
        <message>
            <source>Fields {fields} depend on each other in a circle (through formulas or visibility rules).</source>
            <translation>字段 {fields} 通过公式或显示规则形成了循环依赖。</translation>
        </message>
        <message>
            <source>the pattern is longer than {limit} characters.</source>
            <translation>格式超过 {limit} 个字符。</translation>
        </message>
        <message>
            <source>the pattern is not a valid regular expression: {reason}</source>
            <translation>格式不是有效的正则表达式：{reason}</translation>
        </message>
        <message>
            <source>the pattern repeats a group that itself repeats (like (a+)+), which can take practically forever to check; simplify it.</source>
            <translation>格式中重复了一个本身就会重复的分组（如 (a+)+），检查时可能几乎永远无法结束；请简化。</translation>
        </message>
        <message>
            <source>{label}: expected text.</source>
            <translation>{label}：应为文本。</translation>
        </message>
        <message>
            <source>{label}: at most {limit} characters.</source>
            <translation>{label}：最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>{label}: contains a character that cannot be stored.</source>
            <translation>{label}：包含无法保存的字符。</translation>
        </message>
        <message>
            <source>{label}: at least {limit} characters.</source>
            <translation>{label}：至少 {limit} 个字符。</translation>
        </message>
        <message>
            <source>{label}: not in the required format.</source>
            <translation>{label}：格式不符合要求。</translation>
        </message>
        <message>
            <source>{label}: {value} is less than the minimum {limit}.</source>
            <translation>{label}：{value} 小于最小值 {limit}。</translation>
        </message>
        <message>
            <source>{label}: {value} is more than the maximum {limit}.</source>
            <translation>{label}：{value} 大于最大值 {limit}。</translation>
        </message>
        <message>
            <source>{label}: not a number.</source>
            <translation>{label}：不是数字。</translation>
        </message>
        <message>
            <source>{label}: at most {places} decimal places.</source>
            <translation>{label}：最多 {places} 位小数。</translation>
        </message>
        <message>
            <source>{label}: the amount is too large.</source>
            <translation>{label}：金额过大。</translation>
        </message>
        <message>
            <source>{label}: the number has more than {limit} digits before the point.</source>
            <translation>{label}：数字的整数部分超过 {limit} 位。</translation>
        </message>
        <message>
            <source>{label}: not a date (use YYYY-MM-DD).</source>
            <translation>{label}：不是日期（请使用 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>{label}: not a date and time (use 2025-01-31T14:30:00+08:00).</source>
            <translation>{label}：不是日期时间（请使用 2025-01-31T14:30:00+08:00）。</translation>
        </message>
        <message>
            <source>{label}: the time needs its UTC offset, such as +08:00.</source>
            <translation>{label}：时间需要带 UTC 时差，例如 +08:00。</translation>
        </message>
        <message>
            <source>{label}: '{value}' is not one of the options.</source>
            <translation>{label}：“{value}”不是可选项之一。</translation>
        </message>
        <message>
            <source>{label}: expected a list of options.</source>
            <translation>{label}：应为选项列表。</translation>
        </message>
        <message>
            <source>{label}: '{value}' is chosen twice.</source>
            <translation>{label}：“{value}”被重复选择。</translation>
        </message>
        <message>
            <source>{label}: expected yes or no (true or false).</source>
            <translation>{label}：应为是或否（true 或 false）。</translation>
        </message>
        <message>
            <source>{label}: '{value}' is not a region code (6 digits).</source>
            <translation>{label}：“{value}”不是地区代码（6 位数字）。</translation>
        </message>
        <message>
            <source>{label}: '{value}' is not a valid id.</source>
            <translation>{label}：“{value}”不是有效的 ID。</translation>
        </message>
        <message>
            <source>{label}: expected a list of lines.</source>
            <translation>{label}：应为明细行列表。</translation>
        </message>
        <message>
            <source>{label}: at most {limit} lines.</source>
            <translation>{label}：最多 {limit} 行。</translation>
        </message>
        <message>
            <source>{label}, line {line}: expected an item and a quantity.</source>
            <translation>{label}，第 {line} 行：应包含项目和数量。</translation>
        </message>
        <message>
            <source>{label}, line {line}: the item is missing.</source>
            <translation>{label}，第 {line} 行：缺少项目。</translation>
        </message>
        <message>
            <source>{label}, line {line}: '{item}' is not an item code.</source>
            <translation>{label}，第 {line} 行：“{item}”不是项目编码。</translation>
        </message>
        <message>
            <source>{label}, line {line}: the quantity is not a number.</source>
            <translation>{label}，第 {line} 行：数量不是数字。</translation>
        </message>
        <message>
            <source>{label}, line {line}: the quantity must be more than 0.</source>
            <translation>{label}，第 {line} 行：数量必须大于 0。</translation>
        </message>
        <message>
            <source>{label}, line {line}: the quantity may have at most {places} decimal places and be at most {limit}.</source>
            <translation>{label}，第 {line} 行：数量最多 {places} 位小数，且不能超过 {limit}。</translation>
        </message>
        <message>
            <source>{label}: not a stored file.</source>
            <translation>{label}：不是已保存的文件。</translation>
        </message>
        <message>
            <source>{label}, file {index}: not a stored file.</source>
            <translation>{label}，第 {index} 个文件：不是已保存的文件。</translation>
        </message>
        <message>
            <source>{label}: expected a list of files.</source>
            <translation>{label}：应为文件列表。</translation>
        </message>
        <message>
            <source>{label}: at most {limit} files.</source>
            <translation>{label}：最多 {limit} 个文件。</translation>
        </message>
        <message>
            <source>{label}: the file {name} is attached twice.</source>
            <translation>{label}：文件 {name} 重复添加。</translation>
        </message>
        <message>
            <source>{label}: this field cannot be filled in.</source>
            <translation>{label}：此字段不能填写。</translation>
        </message>
        <message>
            <source>{label}: the formula cannot be computed: {reason}</source>
            <translation>{label}：公式无法计算：{reason}</translation>
        </message>
        <message>
            <source>{label}: must be ticked.</source>
            <translation>{label}：必须勾选。</translation>
        </message>
        <message>
            <source>{label}: there is no region {value}.</source>
            <translation>{label}：没有地区 {value}。</translation>
        </message>
        <message>
            <source>{label}: there is no customer with id {value}.</source>
            <translation>{label}：没有 ID 为 {value} 的客户。</translation>
        </message>
        <message>
            <source>{label}: there is no active user with id {value}.</source>
            <translation>{label}：没有 ID 为 {value} 的在用用户。</translation>
        </message>
        <message>
            <source>{label}: there is no active catalog item {value}.</source>
            <translation>{label}：没有在用的项目/备件 {value}。</translation>
        </message>
        <message>
            <source>{label}: the file {name} is not stored.</source>
            <translation>{label}：文件 {name} 未保存。</translation>
        </message>
        <message>
            <source>{label}: the file {name} is not an image.</source>
            <translation>{label}：文件 {name} 不是图片。</translation>
        </message>
        <message>
            <source>{label}: a signature must be a PNG image.</source>
            <translation>{label}：签名必须是 PNG 图片。</translation>
        </message>
        <message>
            <source>The form data must be a JSON object.</source>
            <translation>表单数据必须是 JSON 对象。</translation>
        </message>
        <message>
            <source>{label}: “{value}” is not one of the choices ({choices}).</source>
            <translation>{label}：“{value}”不是可选项之一（{choices}）。</translation>
        </message>
        <message>
            <source>“{key}” is a field of the work order itself; a step cannot record it.</source>
            <translation>“{key}”是工单本身的字段，流程环节不能填写它。</translation>
        </message>
        <message>
            <source>{name} records no field “{key}”.</source>
            <translation>“{name}”没有字段“{key}”。</translation>
        </message>
        <message>
            <source>{label}: required.</source>
            <translation>{label}：必填。</translation>
        </message>
        <message>
            <source>Say why: a comment is required to send the work back.</source>
            <translation>请说明原因：退回时必须填写意见。</translation>
        </message>
        <message>
            <source>The comment must not be longer than {n} characters.</source>
            <translation>意见不能超过 {n} 个字符。</translation>
        </message>
        <message>
            <source>The form {key} this step asks for does not exist.</source>
            <translation>此步骤要求的表单 {key} 不存在。</translation>
        </message>
        <message>
            <source>Form {form} has no published version; publish it before it can be filled in.</source>
            <translation>表单 {form} 还没有发布的版本；发布后才能填写。</translation>
        </message>
        <message>
            <source>Work order {number} is completed and its lines are frozen: the catalog lines of the form {form} cannot change them. Reopen the work order first.</source>
            <translation>工单 {number} 已完工，明细已冻结：表单 {form} 的项目明细不能再修改它们。请先重新打开工单。</translation>
        </message>
        <message>
            <source>Work order {number} is cancelled: its workflow does not move any more.</source>
            <translation>工单 {number} 已取消：它的流程不再流转。</translation>
        </message>
        <message>
            <source>The workflow of work order {number} has finished.</source>
            <translation>工单 {number} 的流程已结束。</translation>
        </message>
        <message>
            <source>{name} is an approval: approve or reject it instead of submitting it.</source>
            <translation>“{name}”是审批环节：请审批通过或驳回，而不是提交。</translation>
        </message>
        <message>
            <source>{name} is not a task or an approval.</source>
            <translation>“{name}”不是任务或审批环节。</translation>
        </message>
        <message>
            <source>{name} is a task: submit it instead of approving it.</source>
            <translation>“{name}”是任务环节：请提交，而不是审批。</translation>
        </message>
        <message>
            <source>{user} has already approved {name} of work order {number}.</source>
            <translation>{user} 已审批通过工单 {number} 的“{name}”。</translation>
        </message>
        <message>
            <source>Only an approval can be rejected; {name} is not one.</source>
            <translation>只有审批环节可以驳回；“{name}”不是审批环节。</translation>
        </message>
        <message>
            <source>{name} can only send the work back to: {targets}.</source>
            <translation>“{name}”只能退回到：{targets}。</translation>
        </message>
        <message>
            <source>Work order {number} does not follow a workflow.</source>
            <translation>工单 {number} 没有关联流程。</translation>
        </message>
        <message>
            <source>Work order {number} already follows the workflow {name}.</source>
            <translation>工单 {number} 已在执行流程“{name}”。</translation>
        </message>
        <message>
            <source>No workflow applies to work order {number}: no active workflow rule with a published workflow matches its region, provider type, scenario and complexity.</source>
            <translation>没有适用于工单 {number} 的流程：没有已启用、且流程已发布的流程规则与其区域、服务商类型、业务场景和复杂度相符。</translation>
        </message>
        <message>
            <source>There is no workflow {key}.</source>
            <translation>没有流程 {key}。</translation>
        </message>
        <message>
            <source>Workflow {key} has no published version.</source>
            <translation>流程 {key} 没有已发布的版本。</translation>
        </message>
        <message>
            <source>Work order {number}: {problem}</source>
            <translation>工单 {number}：{problem}</translation>
        </message>
        <message>
            <source>A workflow must be a JSON object.</source>
            <translation>流程必须是一个 JSON 对象。</translation>
        </message>
        <message>
            <source>Node id {id} appears twice.</source>
            <translation>节点 ID {id} 出现了两次。</translation>
        </message>
        <message>
            <source>Edge id {id} appears twice.</source>
            <translation>连线 ID {id} 出现了两次。</translation>
        </message>
        <message>
            <source>Workflow {part} #{index} ({id}) has a value of the wrong kind.</source>
            <translation>流程的 {part} 第 {index} 项（{id}）含有类型不正确的值。</translation>
        </message>
        <message>
            <source>Stage key '{key}' is not a valid key.</source>
            <translation>阶段标识“{key}”无效。</translation>
        </message>
        <message>
            <source>Stage key '{key}' is used twice.</source>
            <translation>阶段标识“{key}”重复使用。</translation>
        </message>
        <message>
            <source>Stage '{key}' has no name.</source>
            <translation>阶段“{key}”没有名称。</translation>
        </message>
        <message>
            <source>The workflow has more than one start node.</source>
            <translation>流程有多个开始节点。</translation>
        </message>
        <message>
            <source>The workflow has no end node.</source>
            <translation>流程没有结束节点。</translation>
        </message>
        <message>
            <source>Node {node}: unknown type '{type}'.</source>
            <translation>节点 {node}：未知类型“{type}”。</translation>
        </message>
        <message>
            <source>Node {node}: the name is longer than {limit} characters.</source>
            <translation>节点 {node}：名称超过 {limit} 个字符。</translation>
        </message>
        <message>
            <source>Node {node}: stage '{stage}' does not exist.</source>
            <translation>节点 {node}：阶段“{stage}”不存在。</translation>
        </message>
        <message>
            <source>Node {node}: a task or approval needs a name.</source>
            <translation>节点 {node}：任务或审批需要名称。</translation>
        </message>
        <message>
            <source>Node {node}: the SLA must be a positive number of hours.</source>
            <translation>节点 {node}：时限必须是正的小时数。</translation>
        </message>
        <message>
            <source>Node {node}: unknown field permission '{perm}'.</source>
            <translation>节点 {node}：未知的字段权限“{perm}”。</translation>
        </message>
        <message>
            <source>Node {node}: form '{form}' does not exist.</source>
            <translation>节点 {node}：表单“{form}”不存在。</translation>
        </message>
        <message>
            <source>Node {node}: form '{form}' has no field '{field_key}'.</source>
            <translation>节点 {node}：表单“{form}”没有字段“{field_key}”。</translation>
        </message>
        <message>
            <source>Node {node}: data field key '{key}' is invalid or used twice.</source>
            <translation>节点 {node}：数据字段标识“{key}”无效或重复。</translation>
        </message>
        <message>
            <source>Node {node}: data field '{key}' has unknown type '{type}'.</source>
            <translation>节点 {node}：数据字段“{key}”的类型“{type}”未知。</translation>
        </message>
        <message>
            <source>Node {node}: it can only return to a node before it.</source>
            <translation>节点 {node}：只能退回到它之前的节点。</translation>
        </message>
        <message>
            <source>Node {node}: the task has no assignee.</source>
            <translation>节点 {node}：任务没有处理人。</translation>
        </message>
        <message>
            <source>Node {node}: the approval has no approvers.</source>
            <translation>节点 {node}：审批没有审批人。</translation>
        </message>
        <message>
            <source>Node {node}: unknown approval mode '{mode}'.</source>
            <translation>节点 {node}：未知的审批方式“{mode}”。</translation>
        </message>
        <message>
            <source>Node {node}: a rejection must go back to a node before the approval.</source>
            <translation>节点 {node}：驳回必须回到审批之前的节点。</translation>
        </message>
        <message>
            <source>Edge {edge} connects a node that does not exist.</source>
            <translation>连线 {edge} 连接了不存在的节点。</translation>
        </message>
        <message>
            <source>Edge {edge} connects a node to itself.</source>
            <translation>连线 {edge} 把节点连到了它自己。</translation>
        </message>
        <message>
            <source>Two edges connect the same two nodes.</source>
            <translation>有两条连线连接同一对节点。</translation>
        </message>
        <message>
            <source>Node {node}: a start has no incoming and one outgoing edge.</source>
            <translation>节点 {node}：开始节点不能有进入的连线，且只能有一条出去的连线。</translation>
        </message>
        <message>
            <source>Node {node}: an end has no outgoing edges.</source>
            <translation>节点 {node}：结束节点不能有出去的连线。</translation>
        </message>
        <message>
            <source>Node {node}: a task or approval has exactly one outgoing edge; use a gateway to branch.</source>
            <translation>节点 {node}：任务或审批只能有一条出去的连线；需要分支请使用网关。</translation>
        </message>
        <message>
            <source>Node {node}: a gateway needs at least two outgoing edges.</source>
            <translation>节点 {node}：网关至少需要两条出去的连线。</translation>
        </message>
        <message>
            <source>Node {node}: a parallel split needs at least two outgoing edges.</source>
            <translation>节点 {node}：并行分支至少需要两条出去的连线。</translation>
        </message>
        <message>
            <source>Node {node}: a parallel join needs two or more incoming edges and one outgoing edge.</source>
            <translation>节点 {node}：并行汇聚需要两条以上进入的连线和一条出去的连线。</translation>
        </message>
        <message>
            <source>Node {node} cannot be reached from the start.</source>
            <translation>从开始节点无法到达节点 {node}。</translation>
        </message>
        <message>
            <source>Node {node} cannot reach an end.</source>
            <translation>节点 {node} 无法到达结束节点。</translation>
        </message>
        <message>
            <source>Node {node}: a gateway may have only one default edge.</source>
            <translation>节点 {node}：网关只能有一条默认连线。</translation>
        </message>
        <message>
            <source>Edge {edge} leaves a gateway and needs a condition or must be the default.</source>
            <translation>连线 {edge} 从网关出发，需要设置条件或设为默认路径。</translation>
        </message>
        <message>
            <source>Edge {edge}: only edges leaving an exclusive gateway may have a condition or be the default.</source>
            <translation>连线 {edge}：只有从排他网关出发的连线才能设置条件或设为默认路径。</translation>
        </message>
        <message>
            <source>Edge {edge}: the imported {language} condition needs review; rewrite it as a condition this program can evaluate.</source>
            <translation>连线 {edge}：导入的 {language} 条件需要复核；请改写为本程序能计算的条件。</translation>
        </message>
        <message>
            <source>Edge {edge}: {reason}</source>
            <translation>连线 {edge}：{reason}</translation>
        </message>
        <message>
            <source>Edge {edge}: the condition reads '{field_name}', which no earlier node records.</source>
            <translation>连线 {edge}：条件读取了“{field_name}”，但之前没有节点记录这个字段。</translation>
        </message>
        <message>
            <source>Choose the workflow the rule starts.</source>
            <translation>请选择该规则启动的流程。</translation>
        </message>
        <message>
            <source>The workflow rule no longer exists.</source>
            <translation>该流程规则已不存在。</translation>
        </message>
        <message>
            <source>published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>That workflow version no longer exists.</source>
            <translation>该流程版本已不存在。</translation>
        </message>
        <message>
            <source>Workflow {key} has no version {number}.</source>
            <translation>流程 {key} 没有第 {number} 版。</translation>
        </message>
        <message>
            <source>Workflow {key} has no versions.</source>
            <translation>流程 {key} 还没有任何版本。</translation>
        </message>
        <message>
            <source>Key: use 1 to 60 letters, digits, '-' or '_', starting with a letter (for example install_standard).</source>
            <translation>标识：使用 1 到 60 个字母、数字、“-”或“_”，以字母开头（例如 install_standard）。</translation>
        </message>
        <message>
            <source>Name: required.</source>
            <translation>名称：必填。</translation>
        </message>
        <message>
            <source>Name: at most {limit} characters.</source>
            <translation>名称：最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>Key: a workflow with key {key} already exists.</source>
            <translation>标识：已存在标识为 {key} 的流程。</translation>
        </message>
        <message>
            <source>There is no form {key}.</source>
            <translation>没有表单 {key}。</translation>
        </message>
        <message>
            <source>That form version no longer exists.</source>
            <translation>该表单版本已不存在。</translation>
        </message>
        <message>
            <source>Form {key} has no version {number}.</source>
            <translation>表单 {key} 没有第 {number} 版。</translation>
        </message>
        <message>
            <source>Form {key} has no versions.</source>
            <translation>表单 {key} 没有任何版本。</translation>
        </message>
        <message>
            <source>The form is too large to store.</source>
            <translation>表单过大，无法保存。</translation>
        </message>
        <message>
            <source>Key: a form with key {key} already exists.</source>
            <translation>键：键为 {key} 的表单已存在。</translation>
        </message>
        <message>
            <source>Version {number} is {status} and cannot be changed; start a new draft to edit it.</source>
            <translation>第 {number} 版{status}，不能修改；请新建草稿后再编辑。</translation>
        </message>
        <message>
            <source>Version {number} cannot be published: {count} problems remain.
{list}</source>
            <translation>第 {number} 版不能发布：还有 {count} 个问题。
{list}</translation>
        </message>
        <message>
            <source>Only a published version can be retired; version {number} is {status}.</source>
            <translation>只有已发布的版本才能停用；第 {number} 版{status}。</translation>
        </message>
        <message>
            <source>The first version of a form cannot be discarded; edit it instead.</source>
            <translation>表单的第一版不能丢弃；请直接编辑。</translation>
        </message>
        <message>
            <source>This is not a form export: '{field_name}' is missing or of the wrong kind.</source>
            <translation>这不是表单导出文件：“{field_name}”缺失或类型不对。</translation>
        </message>
        <message>
            <source>This form export has format version {found}; this program reads up to {supported}.</source>
            <translation>该表单导出文件的格式版本为 {found}；本程序最多支持到 {supported}。</translation>
        </message>
        <message>
            <source>Form {key} has no published version to fill in.</source>
            <translation>表单 {key} 没有可填写的已发布版本。</translation>
        </message>
        <message>
            <source>The form {form} cannot be submitted; problems found: {count}.
{list}</source>
            <translation>表单 {form} 无法提交，发现 {count} 个问题。
{list}</translation>
        </message>
        <message>
            <source>That form submission no longer exists.</source>
            <translation>该表单提交记录已不存在。</translation>
        </message>
        <message>
            <source>{name}: the file is empty.</source>
            <translation>{name}：文件为空。</translation>
        </message>
        <message>
            <source>{name}: the file is larger than {limit} MB.</source>
            <translation>{name}：文件超过 {limit} MB。</translation>
        </message>
        <message>
            <source>{name}: files of type {mime} cannot be stored (allowed: {allowed}).</source>
            <translation>{name}：不能保存 {mime} 类型的文件（允许：{allowed}）。</translation>
        </message>
        <message>
            <source>{name}: the content is not a {mime} file.</source>
            <translation>{name}：文件内容不是 {mime} 格式。</translation>
        </message>
        <message>
            <source>That file is no longer stored.</source>
            <translation>该文件已不存在。</translation>
        </message>
        <message>
            <source>The first version of a workflow cannot be discarded; edit it instead.</source>
            <translation>流程的第一个版本不能丢弃，请直接编辑它。</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>“{text}”不是有效数字。</translation>
        </message>
        <message>
            <source>Connect two nodes.</source>
            <translation>请连接两个节点。</translation>
        </message>
        <message>
            <source>A node cannot be connected to itself.</source>
            <translation>节点不能连接到自身。</translation>
        </message>
        <message>
            <source>Nothing can lead into the start.</source>
            <translation>不能有连线进入开始节点。</translation>
        </message>
        <message>
            <source>Nothing can follow an end.</source>
            <translation>结束节点之后不能再有节点。</translation>
        </message>
        <message>
            <source>These two nodes are already connected.</source>
            <translation>这两个节点已经连接。</translation>
        </message>
        <message>
            <source>A row holds at most {count} fields.</source>
            <translation>一行最多放 {count} 个字段。</translation>
        </message>
    </context>
    <context>
        <name>ServiceItemsPage</name>
        <message>
            <source>Service items</source>
            <translation>项目库</translation>
        </message>
        <message>
            <source>The work installers do (installation, commissioning, repair, maintenance), as work orders, packages and prices use it. Rows without an owner region are the national catalog; branches add rows for their own regions.</source>
            <translation>师傅上门所做的服务项目（安装、调试、维修、保养），供工单、服务包和价格使用。未指定所属区域的条目属于全国目录；分公司可为本区域添加条目。</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>New service item</source>
            <translation>新建项目</translation>
        </message>
    </context>
    <context>
        <name>ServicePackagesPage</name>
        <message>
            <source>National</source>
            <translation>全国</translation>
        </message>
        <message>
            <source>Service packages</source>
            <translation>服务包</translation>
        </message>
        <message>
            <source>Bundles of service items and parts with quantities (服务包). A work order can start from a package and gets its lines. Packages are deactivated, never deleted.</source>
            <translation>按数量组合的服务项目与备件。工单可以从服务包开始并带出其明细。服务包只能停用，不会删除。</translation>
        </message>
        <message>
            <source>New package</source>
            <translation>新建服务包</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Search code or name</source>
            <translation>搜索编码或名称</translation>
        </message>
        <message>
            <source>Show inactive</source>
            <translation>显示已停用</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>明细数</translation>
        </message>
        <message>
            <source>Owner region</source>
            <translation>所属区域</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Empty: national package. Or a region, e.g. 广州市</source>
            <translation>留空为全国服务包，或填写区域，例如 广州市</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>Owner region:</source>
            <translation>所属区域：</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Type a code or name and pick an item or part</source>
            <translation>输入编码或名称，选择项目或备件</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>添加明细</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>删除明细</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>数量：</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>服务包</translation>
        </message>
        <message>
            <source>Lines (double-click a quantity to change it):</source>
            <translation>明细（双击数量可修改）：</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>The changes to this package are not saved. Discard them?</source>
            <translation>此服务包的修改尚未保存，是否放弃？</translation>
        </message>
        <message>
            <source>Package {code}</source>
            <translation>服务包 {code}</translation>
        </message>
        <message>
            <source>Choose a package, or create a new one</source>
            <translation>请选择一个服务包，或新建一个</translation>
        </message>
        <message>
            <source>This package belongs to the national catalog. Only administrators and pricing managers can change it.</source>
            <translation>此服务包属于全国目录，只有管理员和定价经理可以修改。</translation>
        </message>
        <message>
            <source>This package belongs to {region}, outside your regions.</source>
            <translation>此服务包属于{region}，不在您的负责区域内。</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>“{text}” is not an active item or part. Pick one from the list.</source>
            <translation>“{text}”不是启用中的项目或备件，请从列表中选择。</translation>
        </message>
        <message>
            <source>{code} is already in the package; change the quantity of its line instead.</source>
            <translation>{code} 已在服务包中，请修改该明细的数量。</translation>
        </message>
        <message>
            <source>Saved the package {code} {name}.</source>
            <translation>已保存服务包 {code} {name}。</translation>
        </message>
        <message>
            <source>{code} is active again.</source>
            <translation>{code} 已重新启用。</translation>
        </message>
        <message>
            <source>{code} was deactivated.</source>
            <translation>{code} 已停用。</translation>
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
        <name>SignatureEditor</name>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Sign here</source>
            <translation>请在此处签名</translation>
        </message>
    </context>
    <context>
        <name>SparePartsPage</name>
        <message>
            <source>Spare parts</source>
            <translation>备件库</translation>
        </message>
        <message>
            <source>Parts and materials used on jobs (copper pipe, cable, brackets, valves, filters, boards), with brand, model or specification. Rows without an owner region are the national catalog; branches add rows for their own regions.</source>
            <translation>施工所用的备件和辅材（铜管、线缆、支架、阀门、滤芯、主板等）及其品牌、型号或规格。未指定所属区域的条目属于全国目录；分公司可为本区域添加条目。</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>规格型号</translation>
        </message>
        <message>
            <source>New spare part</source>
            <translation>新建备件</translation>
        </message>
    </context>
    <context>
        <name>StagesModel</name>
        <message>
            <source>Key: {key}</source>
            <translation>键：{key}</translation>
        </message>
    </context>
    <context>
        <name>StatementDetailPane</name>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>完工日期</translation>
        </message>
        <message>
            <source>Work order</source>
            <translation>工单号</translation>
        </message>
        <message>
            <source>Customer / address</source>
            <translation>客户/地址</translation>
        </message>
        <message>
            <source>Service item</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>份额%</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>明细合计</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>调整合计</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>应结</translation>
        </message>
        <message>
            <source>Carried in</source>
            <translation>上期结转</translation>
        </message>
        <message>
            <source>Payable</source>
            <translation>应付</translation>
        </message>
        <message>
            <source>Tax withheld</source>
            <translation>代扣个税</translation>
        </message>
        <message>
            <source>Net paid</source>
            <translation>实付</translation>
        </message>
        <message>
            <source>Carried forward</source>
            <translation>结转下期</translation>
        </message>
        <message>
            <source>Select a statement to see its lines and totals.</source>
            <translation>选择一份结算单，查看其明细和合计。</translation>
        </message>
        <message>
            <source>{number} · {status} · {payee} · {start} to {end}</source>
            <translation>{number} · {status} · {payee} · {start} 至 {end}</translation>
        </message>
        <message>
            <source>In words: {words}</source>
            <translation>人民币大写：{words}</translation>
        </message>
        <message>
            <source>{code} · {provider} · account holder {holder} · bank {bank}</source>
            <translation>{code} · {provider} · 户名 {holder} · 开户行及账号 {bank}</translation>
        </message>
        <message>
            <source>Issued on {date}.</source>
            <translation>出具日期 {date}。</translation>
        </message>
        <message>
            <source>Paid on {date}, reference {reference}.</source>
            <translation>付款日期 {date}，凭证号 {reference}。</translation>
        </message>
        <message>
            <source>Voided: {reason}</source>
            <translation>已作废：{reason}</translation>
        </message>
        <message>
            <source>Amends {number}.</source>
            <translation>更正 {number}。</translation>
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
            <translation>草稿</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>已出具</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付款</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>已作废</translation>
        </message>
        <message>
            <source>Installers</source>
            <translation>安装师傅</translation>
        </message>
        <message>
            <source>Service providers</source>
            <translation>服务商</translation>
        </message>
    </context>
    <context>
        <name>StatementPreviewDialog</name>
        <message>
            <source>Statement {number} — {payee}</source>
            <translation>结算单 {number} — {payee}</translation>
        </message>
        <message>
            <source>Payment voucher (shows the full ID number)</source>
            <translation>付款凭证（显示完整身份证号）</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <source>{status} · {start} to {end}</source>
            <translation>{status} · {start} 至 {end}</translation>
        </message>
        <message>
            <source>Rendering the PDF…</source>
            <translation>正在生成 PDF…</translation>
        </message>
        <message>
            <source>The PDF could not be opened.</source>
            <translation>无法打开 PDF。</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translation>共 {count} 页</translation>
        </message>
        <message>
            <source>The PDF could not be rendered.</source>
            <translation>无法生成 PDF。</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>无法启动打印机。</translation>
        </message>
        <message>
            <source>{count} pages sent to the printer.</source>
            <translation>已发送 {count} 页到打印机。</translation>
        </message>
        <message>
            <source>Save the statement as PDF</source>
            <translation>将结算单另存为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>已保存为 {path}</translation>
        </message>
    </context>
    <context>
        <name>StatementsPage</name>
        <message>
            <source>Number</source>
            <translation>结算单号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>收款方</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>明细数</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>应结</translation>
        </message>
        <message>
            <source>Carried in</source>
            <translation>上期结转</translation>
        </message>
        <message>
            <source>Tax withheld</source>
            <translation>代扣个税</translation>
        </message>
        <message>
            <source>Net paid</source>
            <translation>实付</translation>
        </message>
        <message>
            <source>Carried forward</source>
            <translation>结转下期</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>出具日期</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>付款日期</translation>
        </message>
        <message>
            <source>Search number, payee or code</source>
            <translation>搜索结算单号、收款方或编码</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>结算单</translation>
        </message>
        <message>
            <source>Settle what installers and providers earned in a period: build drafts from the completed work, check them, issue them (numbered, never changed afterwards), record the payment, and reconcile the period. A mistake on an issued statement is corrected by voiding it and amending.</source>
            <translation>结算安装师傅和服务商在一个期间内的收益：根据已完工的工作生成草稿，核对后出具（编号，出具后不再修改），登记付款，并对本期对账。已出具结算单有误时，作废后生成更正单。</translation>
        </message>
        <message>
            <source>Build drafts</source>
            <translation>生成草稿</translation>
        </message>
        <message>
            <source>Compute a draft for every payee with unsettled earnings in the period (and the provider and region chosen); drafts built before are replaced, issued statements never change.</source>
            <translation>为本期（及所选服务商和地区）有未结算收益的每个收款方计算一份草稿；之前生成的草稿会被替换，已出具的结算单不会改变。</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>出具</translation>
        </message>
        <message>
            <source>Issue the selected drafts, or every draft shown when none is selected.</source>
            <translation>出具选中的草稿；未选中时出具列表中的全部草稿。</translation>
        </message>
        <message>
            <source>Mark as paid</source>
            <translation>标记已付款</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>作废</translation>
        </message>
        <message>
            <source>Amend</source>
            <translation>生成更正单</translation>
        </message>
        <message>
            <source>Build an amending draft for the payee and period of a voided statement.</source>
            <translation>为已作废结算单的收款方和期间生成一份更正草稿。</translation>
        </message>
        <message>
            <source>Preview PDF</source>
            <translation>预览 PDF</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Export lines (XLSX)</source>
            <translation>导出明细 XLSX</translation>
        </message>
        <message>
            <source>Export PDFs</source>
            <translation>批量导出 PDF</translation>
        </message>
        <message>
            <source>Export the selected statements, or every statement shown, as PDF files or one merged PDF.</source>
            <translation>将选中的结算单（未选中时为列表中的全部结算单）导出为多个 PDF 文件或一个合并的 PDF。</translation>
        </message>
        <message>
            <source>Reconcile</source>
            <translation>对账</translation>
        </message>
        <message>
            <source>Check the period's statements against the earnings frozen in it.</source>
            <translation>将本期结算单与本期冻结的收益核对。</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>上个月</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>下个月</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>自定义区间</translation>
        </message>
        <message>
            <source>All providers</source>
            <translation>全部服务商</translation>
        </message>
        <message>
            <source>Build for any region</source>
            <translation>生成范围：全部地区</translation>
        </message>
        <message>
            <source>Build drafts only from work orders in this region. The list is not narrowed by region.</source>
            <translation>只用该地区的工单生成草稿。列表不按地区筛选。</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>期间：</translation>
        </message>
        <message>
            <source>Amends {number}</source>
            <translation>更正 {number}</translation>
        </message>
        <message>
            <source>Reference: {reference}</source>
            <translation>付款凭证号：{reference}</translation>
        </message>
        <message>
            <source>The custom range ends before it starts.</source>
            <translation>自定义区间的结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>Loading statements…</source>
            <translation>正在加载结算单…</translation>
        </message>
        <message>
            <source>No statements match the filters. Change them or clear the search.</source>
            <translation>没有符合筛选条件的结算单。请修改筛选条件或清除搜索。</translation>
        </message>
        <message>
            <source>There are no statements for this period yet: choose the period and click “Build drafts”.</source>
            <translation>本期还没有结算单：选择期间后点击“生成草稿”。</translation>
        </message>
        <message>
            <source>{count} statements · gross {gross} · tax withheld {tax} · net paid {net}</source>
            <translation>{count} 份结算单 · 应结 {gross} · 代扣个税 {tax} · 实付 {net}</translation>
        </message>
        <message>
            <source>({count} voided, not counted)</source>
            <translation>（{count} 份已作废，未计入）</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>已取消，未做任何更改。</translation>
        </message>
        <message>
            <source>The region “{text}” is not known.</source>
            <translation>无法识别地区“{text}”。</translation>
        </message>
        <message>
            <source>Building drafts…</source>
            <translation>正在生成草稿…</translation>
        </message>
        <message>
            <source>{drafts} drafts built for {period}: gross {gross}, tax withheld {tax}, net {net}.</source>
            <translation>已为 {period} 生成 {drafts} 份草稿：应结 {gross}，代扣个税 {tax}，实付 {net}。</translation>
        </message>
        <message>
            <source>Nothing to settle in {period}: no completed work is waiting for a statement.</source>
            <translation>{period} 没有需要结算的内容：没有等待结算的已完工工作。</translation>
        </message>
        <message>
            <source>Select the drafts to issue.</source>
            <translation>请选择要出具的草稿。</translation>
        </message>
        <message>
            <source>Issue statements</source>
            <translation>出具结算单</translation>
        </message>
        <message>
            <source>Issue {count} statements with a net total of {net}? They are numbered and can no longer be changed; a mistake is corrected by voiding and amending.</source>
            <translation>出具 {count} 份结算单，实付合计 {net}？出具后将编号且不能再修改；如有错误，需作废后生成更正单。</translation>
        </message>
        <message>
            <source>Issuing statements…</source>
            <translation>正在出具结算单…</translation>
        </message>
        <message>
            <source>Issued {number}.</source>
            <translation>已出具 {number}。</translation>
        </message>
        <message>
            <source>Issued {count} statements, {first} to {last}.</source>
            <translation>已出具 {count} 份结算单：{first} 至 {last}。</translation>
        </message>
        <message>
            <source>Select one issued statement.</source>
            <translation>请选择一份已出具的结算单。</translation>
        </message>
        <message>
            <source>{number} is paid ({date}).</source>
            <translation>{number} 已付款（{date}）。</translation>
        </message>
        <message>
            <source>Void statement</source>
            <translation>作废结算单</translation>
        </message>
        <message>
            <source>Why is {number} voided? Its earnings are released and can be settled again.</source>
            <translation>为什么作废 {number}？其收益将被释放，可以重新结算。</translation>
        </message>
        <message>
            <source>{number} is void.</source>
            <translation>{number} 已作废。</translation>
        </message>
        <message>
            <source>Amend statement</source>
            <translation>生成更正单</translation>
        </message>
        <message>
            <source>{number} is void. Build an amending statement now? It is a new draft for the same payee and period that refers to {number}; check it and issue it.</source>
            <translation>{number} 已作废。现在生成更正单吗？更正单是同一收款方、同一期间的新草稿，并注明更正 {number}；请核对后出具。</translation>
        </message>
        <message>
            <source>Select one voided statement.</source>
            <translation>请选择一份已作废的结算单。</translation>
        </message>
        <message>
            <source>An amending draft for {payee} was built; check it and issue it.</source>
            <translation>已为 {payee} 生成更正草稿；请核对后出具。</translation>
        </message>
        <message>
            <source>Select one statement.</source>
            <translation>请选择一份结算单。</translation>
        </message>
        <message>
            <source>Export the statement's lines</source>
            <translation>导出结算单明细</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting lines…</source>
            <translation>正在导出明细…</translation>
        </message>
        <message>
            <source>{count} lines written to {path}.</source>
            <translation>已将 {count} 行明细写入 {path}。</translation>
        </message>
        <message>
            <source>Exporting PDFs…</source>
            <translation>正在导出 PDF…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>已写入：{path}</translation>
        </message>
        <message>
            <source>{count} PDF files written to {folder}.</source>
            <translation>已将 {count} 个 PDF 文件写入 {folder}。</translation>
        </message>
    </context>
    <context>
        <name>TierRuleDialog</name>
        <message>
            <source>New tier rule</source>
            <translation>新建档位规则</translation>
        </message>
        <message>
            <source>Edit tier rule {name}</source>
            <translation>编辑档位规则 {name}</translation>
        </message>
        <message>
            <source>e.g. 一线城市三档</source>
            <translation>例如：一线城市三档</translation>
        </message>
        <message>
            <source>The whole country</source>
            <translation>全国</translation>
        </message>
        <message>
            <source>A region and everything inside it:</source>
            <translation>某个地区及其下辖全部地区：</translation>
        </message>
        <message>
            <source>The regions of a region group:</source>
            <translation>某个区域分组内的地区：</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>任意类别</translation>
        </message>
        <message>
            <source>Any complexity</source>
            <translation>任意复杂度</translation>
        </message>
        <message>
            <source>Level {level}</source>
            <translation>{level} 级</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Applies to:</source>
            <translation>适用范围：</translation>
        </message>
        <message>
            <source>Provider type:</source>
            <translation>服务商类型：</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>业务场景：</translation>
        </message>
        <message>
            <source>Matches items filed directly under this category, not under its subcategories. To cover a whole branch, leave it empty or make one rule per category.</source>
            <translation>只匹配直接归在该类别下的项目，不包括其子类别。要覆盖整个分支，请留空，或为每个类别各建一条规则。</translation>
        </message>
        <message>
            <source>Item category:</source>
            <translation>项目类别：</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translation>复杂度：</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>有效期：</translation>
        </message>
        <message>
            <source>A more specific region always wins, then the rule with more matching dimensions. Priority only decides between rules that are equal in both: the higher number wins.</source>
            <translation>地区更具体的规则总是优先，其次是匹配维度更多的规则。优先级只在这两点都相同的规则之间起作用：数字大的胜出。</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>优先级：</translation>
        </message>
        <message>
            <source>Tier:</source>
            <translation>档位：</translation>
        </message>
        <message>
            <source>Create rule</source>
            <translation>创建规则</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Preview impact…</source>
            <translation>影响预览…</translation>
        </message>
        <message>
            <source>Any (leave empty)</source>
            <translation>任意（留空）</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translation>请从列表中选择地区，或输入六位地区代码。</translation>
        </message>
        <message>
            <source>There are no price tiers yet; create them on the price grid first.</source>
            <translation>还没有价格档位，请先在价格表中创建档位。</translation>
        </message>
    </context>
    <context>
        <name>TierRulesPage</name>
        <message>
            <source>Settlement prices (what installers earn)</source>
            <translation>结算价（师傅所得）</translation>
        </message>
        <message>
            <source>Sales prices (what customers pay)</source>
            <translation>销售价（客户所付）</translation>
        </message>
        <message>
            <source>Price book:</source>
            <translation>价格表：</translation>
        </message>
        <message>
            <source>Tier rules</source>
            <translation>档位规则</translation>
        </message>
        <message>
            <source>Which price tier a job gets, per price book. The most specific matching rule wins; the unit price is then the tier's price in force on the job's date. A missing price is an error, never zero.</source>
            <translation>规定每个价格表中一单业务适用哪个价格档位。匹配的规则中最具体的胜出；单价即该档位在业务日期当天生效的价格。缺少价格会报错，绝不按零计算。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>适用范围</translation>
        </message>
        <message>
            <source>Provider type</source>
            <translation>服务商类型</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>业务场景</translation>
        </message>
        <message>
            <source>Item category</source>
            <translation>项目类别</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>复杂度</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>档位</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>新建规则</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Test a context</source>
            <translation>测试定价场景</translation>
        </message>
        <message>
            <source>Item code or name</source>
            <translation>项目编码或名称</translation>
        </message>
        <message>
            <source>The item's own</source>
            <translation>按项目自身</translation>
        </message>
        <message>
            <source>Level {level}</source>
            <translation>{level} 级</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>查看结果</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>项目：</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>地区：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Provider type:</source>
            <translation>服务商类型：</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>业务场景：</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translation>复杂度：</translation>
        </message>
        <message>
            <source>Choose an item and a region to see which tier and unit price a job gets, and why.</source>
            <translation>选择项目和地区，查看这单业务适用的档位和单价，以及原因。</translation>
        </message>
        <message>
            <source>Region group {name}</source>
            <translation>区域分组 {name}</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translation>全国</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>From {start}</source>
            <translation>自 {start} 起</translation>
        </message>
        <message>
            <source>Until {end}</source>
            <translation>至 {end} 止</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <source>Rules: {count} ({active} active)</source>
            <translation>规则：{count} 条（启用 {active} 条）</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Rule “{name}” was saved.</source>
            <translation>规则“{name}”已保存。</translation>
        </message>
        <message>
            <source>Deactivate rule</source>
            <translation>停用规则</translation>
        </message>
        <message>
            <source>Deactivate the rule “{name}”? Jobs priced from now on no longer get their tier from it.</source>
            <translation>停用规则“{name}”吗？此后定价的业务将不再按此规则确定档位。</translation>
        </message>
        <message>
            <source>Rule “{name}” is active again.</source>
            <translation>规则“{name}”已重新启用。</translation>
        </message>
        <message>
            <source>Rule “{name}” was deactivated.</source>
            <translation>规则“{name}”已停用。</translation>
        </message>
        <message>
            <source>Choose an item: type its code or pick it from the list.</source>
            <translation>请选择项目：输入项目编码，或从列表中选择。</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translation>请从列表中选择地区，或输入六位地区代码。</translation>
        </message>
        <message>
            <source>Tier {tier}, unit price ¥{price} ({item}), through the rule “{rule}”.</source>
            <translation>档位 {tier}，单价 ¥{price}（{item}），依据规则“{rule}”。</translation>
        </message>
    </context>
    <context>
        <name>TierTraceDialog</name>
        <message>
            <source>Settlement tier of {item}</source>
            <translation>{item} 的结算档位</translation>
        </message>
        <message>
            <source>Sales tier of {item}</source>
            <translation>{item} 的销售档位</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>项目：</translation>
        </message>
        <message>
            <source>Tier:</source>
            <translation>档位：</translation>
        </message>
        <message>
            <source>Rule:</source>
            <translation>规则：</translation>
        </message>
        <message>
            <source>Unit price:</source>
            <translation>单价：</translation>
        </message>
        <message>
            <source>Priced on:</source>
            <translation>计价日期：</translation>
        </message>
        <message>
            <source>{date}, frozen at completion</source>
            <translation>{date}，完工时已冻结</translation>
        </message>
        <message>
            <source>{date} (preview)</source>
            <translation>{date}（预览）</translation>
        </message>
        <message>
            <source>Job:</source>
            <translation>工单条件：</translation>
        </message>
        <message>
            <source>{region} · provider type {provider_type} · scenario {scenario} · complexity {complexity}</source>
            <translation>{region} · 服务商类型 {provider_type} · 场景 {scenario} · 复杂度 {complexity}</translation>
        </message>
        <message>
            <source>no region</source>
            <translation>无地区</translation>
        </message>
        <message>
            <source>the item's own</source>
            <translation>按项目自身</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>档位</translation>
        </message>
        <message>
            <source>These are the tier, rule and unit price recorded for this line. You may not read the tier rules, so the rules that were compared are not shown.</source>
            <translation>以上是本行记录的档位、规则和单价。你没有查看档位规则的权限，因此不显示参与比较的规则。</translation>
        </message>
        <message>
            <source>The rules below are resolved as they stand today, for the date the line was priced on. The frozen figures above never change with them.</source>
            <translation>下表按现行规则、以本行的计价日期重新解析；上方已冻结的数字不会随之改变。</translation>
        </message>
        <message>
            <source>The rules have changed since: today the rule “{rule}” would win.</source>
            <translation>规则已变更：按现行规则将由“{rule}”胜出。</translation>
        </message>
        <message>
            <source>Every tier rule of the book, and why it was chosen, lost or does not match.</source>
            <translation>本价目的每条档位规则，以及它被选中、落选或不匹配的原因。</translation>
        </message>
    </context>
    <context>
        <name>TiersDialog</name>
        <message>
            <source>Price tiers</source>
            <translation>价格档位</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Code, e.g. T4</source>
            <translation>编码，例如 T4</translation>
        </message>
        <message>
            <source>Name, e.g. 四档</source>
            <translation>名称，例如 四档</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Tiers are the price columns. The code is used in price files and cannot change; the name and the order can. Select a tier to rename or move it.</source>
            <translation>档位即价格列。编码用于价格文件，创建后不能修改；名称和顺序可以修改。选择一个档位后可重命名或移动。</translation>
        </message>
    </context>
    <context>
        <name>TraceTexts</name>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Matched through</source>
            <translation>匹配地区</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>胜出</translation>
        </message>
        <message>
            <source>Matches, lost</source>
            <translation>匹配但落选</translation>
        </message>
        <message>
            <source>Does not match</source>
            <translation>不匹配</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translation>全国</translation>
        </message>
        <message>
            <source>{region} (in group {group})</source>
            <translation>{region}（属于分组 {group}）</translation>
        </message>
        <message>
            <source>the whole country</source>
            <translation>全国</translation>
        </message>
        <message>
            <source>a province</source>
            <translation>省级</translation>
        </message>
        <message>
            <source>a city</source>
            <translation>市级</translation>
        </message>
        <message>
            <source>a district</source>
            <translation>区县级</translation>
        </message>
        <message>
            <source>a region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Ranks above the {count} other matching rules.</source>
            <translation>排名高于其他 {count} 条匹配的规则。</translation>
        </message>
        <message>
            <source>The only rule that matches.</source>
            <translation>唯一匹配的规则。</translation>
        </message>
        <message>
            <source>Lost: the winner matches a more specific region ({winner}, this rule {mine}).</source>
            <translation>落选：胜出规则匹配的地区更具体（胜出规则为{winner}，本规则为{mine}）。</translation>
        </message>
        <message>
            <source>Lost: the winner names the region directly; this rule matches through a region group.</source>
            <translation>落选：胜出规则直接指定了该地区，本规则只是通过区域分组匹配。</translation>
        </message>
        <message>
            <source>Lost: the winner matches more dimensions ({winner}, this rule {mine}).</source>
            <translation>落选：胜出规则匹配的维度更多（胜出规则 {winner} 个，本规则 {mine} 个）。</translation>
        </message>
        <message>
            <source>Lost: the winner has a higher priority ({winner}, this rule {mine}).</source>
            <translation>落选：胜出规则的优先级更高（胜出规则 {winner}，本规则 {mine}）。</translation>
        </message>
        <message>
            <source>Lost: the winner started later ({winner}, this rule {mine}).</source>
            <translation>落选：胜出规则的起始日期更晚（胜出规则 {winner}，本规则 {mine}）。</translation>
        </message>
        <message>
            <source>Ties with the winner, and the older rule wins. Such a tie should have been refused when the rules were saved: make one of them more specific.</source>
            <translation>与胜出规则并列，按创建先后由较早的规则胜出。这种并列本应在保存规则时被拒绝：请让其中一条更具体。</translation>
        </message>
        <message>
            <source>no start date</source>
            <translation>无起始日期</translation>
        </message>
        <message>
            <source>provider type</source>
            <translation>服务商类型</translation>
        </message>
        <message>
            <source>scenario</source>
            <translation>业务场景</translation>
        </message>
        <message>
            <source>item category</source>
            <translation>项目类别</translation>
        </message>
        <message>
            <source>complexity</source>
            <translation>复杂度</translation>
        </message>
        <message>
            <source>No region is given; the rule needs one in {region}.</source>
            <translation>没有地区；该规则要求地区在 {region} 内。</translation>
        </message>
        <message>
            <source>No region is given; the rule needs one in region group {group}.</source>
            <translation>没有地区；该规则要求地区属于区域分组 {group}。</translation>
        </message>
        <message>
            <source>Region {region} is unknown.</source>
            <translation>地区 {region} 不存在。</translation>
        </message>
        <message>
            <source>{region} is not within {rule_region}.</source>
            <translation>{region} 不在 {rule_region} 内。</translation>
        </message>
        <message>
            <source>{region} is not in region group {group}.</source>
            <translation>{region} 不属于区域分组 {group}。</translation>
        </message>
        <message>
            <source>The rule needs {dimension} {value}, and none is given.</source>
            <translation>该规则要求{dimension}为 {value}，但没有提供。</translation>
        </message>
        <message>
            <source>The rule needs {dimension} {rule_value}, not {value}.</source>
            <translation>该规则要求{dimension}为 {rule_value}，而不是 {value}。</translation>
        </message>
        <message>
            <source>Valid only from {start}.</source>
            <translation>自 {start} 起才生效。</translation>
        </message>
        <message>
            <source>Valid only until {end}.</source>
            <translation>有效期至 {end}，已过期。</translation>
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
    <context>
        <name>VersionBar</name>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>保存草稿</translation>
        </message>
        <message>
            <source>Publish…</source>
            <translation>发布…</translation>
        </message>
        <message>
            <source>New draft</source>
            <translation>新建草稿</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Compare versions…</source>
            <translation>比较版本…</translation>
        </message>
        <message>
            <source>No workflow open</source>
            <translation>未打开流程</translation>
        </message>
        <message>
            <source>Editable</source>
            <translation>可编辑</translation>
        </message>
        <message>
            <source>A draft: change it, save it, publish it when it is ready</source>
            <translation>草稿：可修改、保存，准备好后发布</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <source>New work orders start on this version; it never changes</source>
            <translation>新工单从这个版本开始；它不会再改变</translation>
        </message>
        <message>
            <source>No new work orders start on this version any more</source>
            <translation>新工单不再从这个版本开始</translation>
        </message>
        <message>
            <source>Start a new editable version copied from this one</source>
            <translation>以此版本为基础新建一个可编辑的版本</translation>
        </message>
        <message>
            <source>Open draft v{number}</source>
            <translation>打开草稿 v{number}</translation>
        </message>
        <message>
            <source>This workflow already has a draft; open it to edit</source>
            <translation>这个流程已有草稿；打开它来编辑</translation>
        </message>
    </context>
    <context>
        <name>VersionDiffDialog</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>处理人</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>时限</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>表单</translation>
        </message>
        <message>
            <source>Field permissions</source>
            <translation>字段权限</translation>
        </message>
        <message>
            <source>Data fields</source>
            <translation>数据项</translation>
        </message>
        <message>
            <source>May return to</source>
            <translation>可退回到</translation>
        </message>
        <message>
            <source>Approvers</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>Approval mode</source>
            <translation>审批方式</translation>
        </message>
        <message>
            <source>Rejection goes back to</source>
            <translation>驳回退回到</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起点</translation>
        </message>
        <message>
            <source>To</source>
            <translation>终点</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>条件</translation>
        </message>
        <message>
            <source>Default path</source>
            <translation>默认路径</translation>
        </message>
        <message>
            <source>Imported condition</source>
            <translation>导入的条件</translation>
        </message>
        <message>
            <source>Imported extensions</source>
            <translation>导入的扩展</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>连线</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Compare versions of {name}</source>
            <translation>比较 {name} 的版本</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>从：</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>到：</translation>
        </message>
        <message>
            <source>Choose two different versions.</source>
            <translation>请选择两个不同的版本。</translation>
        </message>
        <message>
            <source>The two versions mean the same; at most the drawing differs.</source>
            <translation>两个版本含义相同，最多只是画法不同。</translation>
        </message>
        <message>
            <source>{count} changes.</source>
            <translation>{count} 处变化。</translation>
        </message>
    </context>
    <context>
        <name>WorkCalendarDialog</name>
        <message>
            <source>Work calendar</source>
            <translation>工作日历</translation>
        </message>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Day off (holiday)</source>
            <translation>休息日（节假日）</translation>
        </message>
        <message>
            <source>Working day (make-up day)</source>
            <translation>调休上班</translation>
        </message>
        <message>
            <source>e.g. 国庆节</source>
            <translation>例如：国庆节</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Time limits (SLA) of workflow steps count working hours only: on working days, between the start and the end of the day, without the lunch break.</source>
            <translation>流程节点的时限（SLA）只计算工作时间：工作日内上班到下班之间，不含午休。</translation>
        </message>
        <message>
            <source>Only someone who may edit the company settings can change it.</source>
            <translation>只有可以修改公司设置的用户才能更改工作日历。</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>工作时间</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Working day:</source>
            <translation>上班时间：</translation>
        </message>
        <message>
            <source>Lunch break:</source>
            <translation>午休：</translation>
        </message>
        <message>
            <source>Working weekdays:</source>
            <translation>工作日：</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>时区：</translation>
        </message>
        <message>
            <source>Holidays and make-up working days</source>
            <translation>节假日与调休上班日</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>年份：</translation>
        </message>
        <message>
            <source>A listed day overrides the working weekdays above.</source>
            <translation>列出的日期优先于上面的工作日设置。</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderDialog</name>
        <message>
            <source>New work order</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>项目与备件</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>调整</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>流程</translation>
        </message>
        <message>
            <source>Taken from the customer; change it for another site</source>
            <translation>默认取客户地址；在其他地点施工时请修改</translation>
        </message>
        <message>
            <source>Choose the region myself:</source>
            <translation>手动指定地区：</translation>
        </message>
        <message>
            <source>Each item's own</source>
            <translation>按各项目自身</translation>
        </message>
        <message>
            <source>Level {level}</source>
            <translation>{level} 级</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>计划日期</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>完工日期</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>客户：</translation>
        </message>
        <message>
            <source>Service address:</source>
            <translation>服务地址：</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>地区：</translation>
        </message>
        <message>
            <source>Provider:</source>
            <translation>服务商：</translation>
        </message>
        <message>
            <source>Crew:</source>
            <translation>师傅：</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>场景：</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translation>复杂度：</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>派单</translation>
        </message>
        <message>
            <source>Start work</source>
            <translation>开工</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>完工</translation>
        </message>
        <message>
            <source>Cancel work order</source>
            <translation>取消工单</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Choose the service provider</source>
            <translation>选择服务商</translation>
        </message>
        <message>
            <source>Work order {number}</source>
            <translation>工单 {number}</translation>
        </message>
        <message>
            <source>A completed work order is read-only: its earnings are frozen.</source>
            <translation>已完工的工单只读：收益已冻结。</translation>
        </message>
        <message>
            <source>To correct it, reopen it (the reason is recorded).</source>
            <translation>如需更正，请重新打开（会记录原因）。</translation>
        </message>
        <message>
            <source>This work order was cancelled: {reason}</source>
            <translation>此工单已取消：{reason}</translation>
        </message>
        <message>
            <source>You can look at this work order but not change it.</source>
            <translation>你可以查看此工单，但不能修改。</translation>
        </message>
        <message>
            <source>Some lines have no price: fix them before completing.</source>
            <translation>有项目没有价格：补齐后才能完工。</translation>
        </message>
        <message>
            <source>Complete the work order and freeze its earnings.</source>
            <translation>完工并冻结收益。</translation>
        </message>
        <message>
            <source>no region</source>
            <translation>无地区</translation>
        </message>
        <message>
            <source>{region} (chosen by hand)</source>
            <translation>{region}（手动指定）</translation>
        </message>
        <message>
            <source>{region} (from the address)</source>
            <translation>{region}（从地址识别）</translation>
        </message>
        <message>
            <source>Found in the address as you type it.</source>
            <translation>填写地址后自动识别。</translation>
        </message>
        <message>
            <source>The address fits several regions ({regions}): choose the region below.</source>
            <translation>地址可能属于多个地区（{regions}）：请在下方指定地区。</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>From the address: {region}</source>
            <translation>从地址识别：{region}</translation>
        </message>
        <message>
            <source>The address names no region.</source>
            <translation>地址中没有可识别的地区。</translation>
        </message>
        <message>
            <source>The customer has no address.</source>
            <translation>该客户没有地址。</translation>
        </message>
        <message>
            <source>The crew was cleared: choose installers of the new provider.</source>
            <translation>已清空师傅：请选择新服务商的师傅。</translation>
        </message>
        <message>
            <source>Choose the customer to see what the job earns.</source>
            <translation>选择客户后，这里显示本单收益。</translation>
        </message>
        <message>
            <source>No preview: the crew's shares add up to {sum}%, not 100%.</source>
            <translation>无法预览：师傅份额合计 {sum}%，应为 100%。</translation>
        </message>
        <message>
            <source>No preview: {problem}</source>
            <translation>无法预览：{problem}</translation>
        </message>
        <message>
            <source>Choose the customer: search by name or phone number.</source>
            <translation>请选择客户：按姓名或电话搜索。</translation>
        </message>
        <message>
            <source>The crew's shares add up to {sum}%, not 100%. Correct them or use Split equally.</source>
            <translation>师傅份额合计 {sum}%，应为 100%。请修改份额，或点击“平分”。</translation>
        </message>
        <message>
            <source>Saved {number}.</source>
            <translation>已保存 {number}。</translation>
        </message>
        <message>
            <source>{number} is now {status}.</source>
            <translation>{number} 现在的状态：{status}。</translation>
        </message>
        <message>
            <source>Complete work order</source>
            <translation>完工</translation>
        </message>
        <message>
            <source>Complete the work order? Its earnings are frozen and it can no longer be changed.</source>
            <translation>确定完工吗？完工后收益将冻结，工单不能再修改。</translation>
        </message>
        <message>
            <source>{number} is completed; it earns {total}.</source>
            <translation>{number} 已完工，收益 {total}。</translation>
        </message>
        <message>
            <source>Why is the work order cancelled?</source>
            <translation>取消工单的原因：</translation>
        </message>
        <message>
            <source>{number} was cancelled.</source>
            <translation>{number} 已取消。</translation>
        </message>
        <message>
            <source>Reopen work order</source>
            <translation>重新打开工单</translation>
        </message>
        <message>
            <source>Why is the work order reopened? Settled earnings stay; differences are corrected later.</source>
            <translation>重新打开的原因：已结算的收益保持不变，差额会在以后更正。</translation>
        </message>
        <message>
            <source>{number} is open again.</source>
            <translation>{number} 已重新打开。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>The work order has changes that are not saved. Close and lose them?</source>
            <translation>工单有未保存的修改。关闭并放弃这些修改吗？</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderFlowPanel</name>
        <message>
            <source>Start workflow…</source>
            <translation>开始流程…</translation>
        </message>
        <message>
            <source>Select a step to see the data it recorded.</source>
            <translation>选择一条记录，查看该步骤提交的数据。</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>从 → 到</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>提交</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>同意</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>退回</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>{source} → {targets}</source>
            <translation>{source} → {targets}</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>No workflow</source>
            <translation>未启动流程</translation>
        </message>
        <message>
            <source>Save the work order first; then its workflow can start.</source>
            <translation>请先保存工单，然后才能启动流程。</translation>
        </message>
        <message>
            <source>This work order has no workflow yet. Start one to follow it step by step.</source>
            <translation>此工单尚未启动流程。启动流程后可逐步跟进。</translation>
        </message>
        <message>
            <source>This work order has no workflow yet.</source>
            <translation>此工单尚未启动流程。</translation>
        </message>
        <message>
            <source>{name} v{number}</source>
            <translation>{name} v{number}</translation>
        </message>
        <message>
            <source>The workflow is finished.</source>
            <translation>流程已结束。</translation>
        </message>
        <message>
            <source>Form {name} v{number}</source>
            <translation>表单 {name} v{number}</translation>
        </message>
        <message>
            <source>This step recorded no data.</source>
            <translation>该步骤没有提交数据。</translation>
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
            <source>Let the workflow rules choose</source>
            <translation>按流程适用规则自动选择</translation>
        </message>
        <message>
            <source>Start workflow</source>
            <translation>开始流程</translation>
        </message>
        <message>
            <source>Workflow for this work order:</source>
            <translation>本工单使用的流程：</translation>
        </message>
        <message>
            <source>{name} (v{number})</source>
            <translation>{name}（v{number}）</translation>
        </message>
        <message>
            <source>Reject {node}</source>
            <translation>驳回“{node}”</translation>
        </message>
        <message>
            <source>Why is it rejected?</source>
            <translation>驳回原因：</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderLabels</name>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>已派单</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完工</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>奖励</translation>
        </message>
        <message>
            <source>Deduction</source>
            <translation>扣款</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Frozen</source>
            <translation>已冻结</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>已结算</translation>
        </message>
        <message>
            <source>Partly settled</source>
            <translation>部分结算</translation>
        </message>
        <message>
            <source>Planned date</source>
            <translation>计划日期</translation>
        </message>
        <message>
            <source>Completion date</source>
            <translation>完工日期</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>创建日期</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>备件</translation>
        </message>
    </context>
    <context>
        <name>WorkOrdersPage</name>
        <message>
            <source>Number</source>
            <translation>工单号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>Installers</source>
            <translation>师傅</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>场景</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划日期</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>完工日期</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>结算金额</translation>
        </message>
        <message>
            <source>Search number, customer or address</source>
            <translation>搜索工单号、客户或地址</translation>
        </message>
        <message>
            <source>Work orders</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Jobs at customers' sites: who does them, what they include and what they earn. Newest first; narrow the list with the filters, double-click a work order to open it.</source>
            <translation>在客户现场的施工任务：谁来做、包含哪些项目、能挣多少。最新的在前；用筛选条件缩小范围，双击工单打开。</translation>
        </message>
        <message>
            <source>New work order</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Complete selected</source>
            <translation>批量完工</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Open (not completed)</source>
            <translation>未完工</translation>
        </message>
        <message>
            <source>Any region</source>
            <translation>全部地区</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>All providers</source>
            <translation>全部服务商</translation>
        </message>
        <message>
            <source>All installers</source>
            <translation>全部师傅</translation>
        </message>
        <message>
            <source>Loading work orders…</source>
            <translation>正在加载工单…</translation>
        </message>
        <message>
            <source>{total} work orders, {loaded} loaded; scroll down for more</source>
            <translation>共 {total} 条，已加载 {loaded} 条；向下滚动加载更多</translation>
        </message>
        <message>
            <source>{total} work orders</source>
            <translation>共 {total} 条</translation>
        </message>
        <message>
            <source>No work orders match the filters. Change them or clear them.</source>
            <translation>没有符合筛选条件的工单。请修改或清除筛选条件。</translation>
        </message>
        <message>
            <source>There are no work orders yet. Create one with New work order, for a customer and a crew.</source>
            <translation>还没有工单。点击“新建工单”，为客户安排师傅。</translation>
        </message>
        <message>
            <source>There are no work orders for you yet.</source>
            <translation>你还没有工单。</translation>
        </message>
        <message>
            <source>Select open work orders to complete.</source>
            <translation>请选择未完工的工单。</translation>
        </message>
        <message>
            <source>Complete work orders</source>
            <translation>批量完工</translation>
        </message>
        <message>
            <source>Complete {count} work orders? Their earnings are frozen; if any of them cannot be completed, none is.</source>
            <translation>确定完工 {count} 个工单吗？完工后收益将冻结；只要有一个不能完工，就都不完工。</translation>
        </message>
        <message>
            <source>Completing work orders…</source>
            <translation>正在完工…</translation>
        </message>
        <message>
            <source>{count} work orders completed; they earn {total} in all.</source>
            <translation>已完工 {count} 个工单，收益合计 {total}。</translation>
        </message>
        <message>
            <source>{count} of the selected work orders cannot be completed, so none was completed.</source>
            <translation>所选工单中有 {count} 个不能完工，因此都没有完工。</translation>
        </message>
    </context>
    <context>
        <name>WorkflowCanvas</name>
        <message>
            <source>{type}: {name}</source>
            <translation>{type}：{name}</translation>
        </message>
        <message>
            <source>No assignee</source>
            <translation>未指派处理人</translation>
        </message>
        <message>
            <source>No approvers</source>
            <translation>未设审批人</translation>
        </message>
        <message>
            <source>{first} and others ({count})</source>
            <translation>{first} 等 {count} 人</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} 小时</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>Drag nodes here</source>
            <translation>将节点拖到这里</translation>
        </message>
    </context>
    <context>
        <name>WorkflowCommands</name>
        <message>
            <source>Add %1</source>
            <translation>添加%1</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>移动</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>修改%1</translation>
        </message>
        <message>
            <source>Change connection</source>
            <translation>修改连线</translation>
        </message>
        <message>
            <source>Change stages</source>
            <translation>修改阶段</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>粘贴</translation>
        </message>
    </context>
    <context>
        <name>WorkflowDesigner</name>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>粘贴</translation>
        </message>
        <message>
            <source>Auto layout</source>
            <translation>自动布局</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>100%</source>
            <translation>100%</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>适合窗口</translation>
        </message>
        <message>
            <source>Import BPMN…</source>
            <translation>导入 BPMN…</translation>
        </message>
        <message>
            <source>Export BPMN…</source>
            <translation>导出 BPMN…</translation>
        </message>
        <message>
            <source>{name} ({key})</source>
            <translation>{name}（{key}）</translation>
        </message>
        <message>
            <source>Retire version</source>
            <translation>停用版本</translation>
        </message>
        <message>
            <source>Retire v{number} of {name}? New work orders can no longer start on it until another version is published; work orders already running continue.</source>
            <translation>停用 {name} 的 v{number}？在发布其他版本之前，新工单将无法使用这个流程；已在进行的工单继续进行。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>The draft has changes that are not saved. Discard them?</source>
            <translation>草稿有未保存的修改。要放弃这些修改吗？</translation>
        </message>
        <message>
            <source>Export BPMN</source>
            <translation>导出 BPMN</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <source>Importing replaces the draft, and its unsaved changes are lost. Go on?</source>
            <translation>导入会替换草稿，未保存的修改将丢失。继续吗？</translation>
        </message>
        <message>
            <source>Import BPMN</source>
            <translation>导入 BPMN</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>WorkflowLabels</name>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>Exclusive gateway</source>
            <translation>排他网关</translation>
        </message>
        <message>
            <source>Parallel split</source>
            <translation>并行分支</translation>
        </message>
        <message>
            <source>Parallel join</source>
            <translation>并行汇聚</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Where every work order enters the workflow. A workflow has exactly one start.</source>
            <translation>每个工单从这里进入流程。一个流程只有一个开始。</translation>
        </message>
        <message>
            <source>Work a person does: assigned to a role or a user, with an optional form and SLA.</source>
            <translation>由人完成的工作：指派给角色或用户，可附表单和时限（SLA）。</translation>
        </message>
        <message>
            <source>One or more approvers approve or reject; a rejection can send the work back.</source>
            <translation>一位或多位审批人同意或驳回；驳回可将工作退回到之前的节点。</translation>
        </message>
        <message>
            <source>Takes exactly one of its outgoing paths: the first whose condition holds, else the default.</source>
            <translation>只走一条出口路径：第一条条件成立的路径，否则走默认路径。</translation>
        </message>
        <message>
            <source>Starts all of its outgoing paths at the same time.</source>
            <translation>同时开始所有出口路径。</translation>
        </message>
        <message>
            <source>Waits until every incoming path has arrived, then continues.</source>
            <translation>等待所有进入路径都到达后再继续。</translation>
        </message>
        <message>
            <source>Where the workflow finishes.</source>
            <translation>流程在这里结束。</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>新任务</translation>
        </message>
        <message>
            <source>New approval</source>
            <translation>新审批</translation>
        </message>
    </context>
    <context>
        <name>WorkflowRuleDialog</name>
        <message>
            <source>New workflow rule</source>
            <translation>新建流程适用规则</translation>
        </message>
        <message>
            <source>Edit workflow rule {name}</source>
            <translation>编辑流程适用规则 {name}</translation>
        </message>
        <message>
            <source>e.g. 维修走快速流程</source>
            <translation>例如：维修走快速流程</translation>
        </message>
        <message>
            <source>The whole country</source>
            <translation>全国</translation>
        </message>
        <message>
            <source>A region and everything inside it</source>
            <translation>某个地区及其下辖全部地区</translation>
        </message>
        <message>
            <source>Region group {name}</source>
            <translation>区域分组 {name}</translation>
        </message>
        <message>
            <source>Any complexity</source>
            <translation>任意复杂度</translation>
        </message>
        <message>
            <source>Level {level}</source>
            <translation>{level} 级</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Applies to:</source>
            <translation>适用范围：</translation>
        </message>
        <message>
            <source>Provider type:</source>
            <translation>服务商类型：</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>业务场景：</translation>
        </message>
        <message>
            <source>Complexity:</source>
            <translation>复杂度：</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>有效期：</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>优先级：</translation>
        </message>
        <message>
            <source>A more specific region always wins, then the rule with more matching dimensions; the higher priority decides between rules equal in both.</source>
            <translation>地区更具体的规则优先，其次是匹配条件更多的规则；两者都相同时，优先级数字大的规则胜出。</translation>
        </message>
        <message>
            <source>Workflow:</source>
            <translation>流程：</translation>
        </message>
        <message>
            <source>New work orders start on its newest published version; running ones keep theirs.</source>
            <translation>新工单使用该流程最新发布的版本；进行中的工单保持原版本。</translation>
        </message>
        <message>
            <source>Any (leave empty)</source>
            <translation>任意（留空）</translation>
        </message>
        <message>
            <source>{name} ({key}), not published yet</source>
            <translation>{name}（{key}），尚未发布</translation>
        </message>
        <message>
            <source>{name} ({key}), v{number}</source>
            <translation>{name}（{key}），v{number}</translation>
        </message>
        <message>
            <source>Pick the region from the list, or type its six-digit code.</source>
            <translation>请从列表中选择地区，或输入六位地区代码。</translation>
        </message>
        <message>
            <source>There are no workflows yet; design one first.</source>
            <translation>还没有流程，请先设计流程。</translation>
        </message>
    </context>
    <context>
        <name>WorkflowRulesPage</name>
        <message>
            <source>New rule</source>
            <translation>新建规则</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Work calendar…</source>
            <translation>工作日历…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Workflow rules</source>
            <translation>流程适用规则</translation>
        </message>
        <message>
            <source>Which workflow a work order follows when its workflow starts, by region, provider type, scenario and complexity. The most specific matching rule wins; rules that could tie are refused.</source>
            <translation>工单启动流程时，按地区、服务商类型、业务场景和复杂度决定使用哪个流程。匹配得最具体的规则胜出；可能与其他规则打平的规则不允许保存。</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>适用范围</translation>
        </message>
        <message>
            <source>Provider type</source>
            <translation>服务商类型</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>业务场景</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>复杂度</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>流程</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Region group {name}</source>
            <translation>区域分组 {name}</translation>
        </message>
        <message>
            <source>Whole country</source>
            <translation>全国</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <source>{name}, not published (skipped)</source>
            <translation>{name}，未发布（暂不生效）</translation>
        </message>
        <message>
            <source>Rules: {count} ({active} active)</source>
            <translation>规则：{count} 条（启用 {active} 条）</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Rule “{name}” was saved.</source>
            <translation>规则“{name}”已保存。</translation>
        </message>
        <message>
            <source>Deactivate the rule “{name}”? Workflows started from now on no longer follow it.</source>
            <translation>停用规则“{name}”吗？此后启动的流程将不再按该规则选择。</translation>
        </message>
        <message>
            <source>Deactivate rule</source>
            <translation>停用规则</translation>
        </message>
        <message>
            <source>Rule “{name}” is active again.</source>
            <translation>规则“{name}”已重新启用。</translation>
        </message>
        <message>
            <source>Rule “{name}” was deactivated.</source>
            <translation>规则“{name}”已停用。</translation>
        </message>
    </context>
    <context>
        <name>WorkflowsPage</name>
        <message>
            <source>New workflow…</source>
            <translation>新建流程…</translation>
        </message>
        <message>
            <source>Import BPMN…</source>
            <translation>导入 BPMN…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>流程设计</translation>
        </message>
        <message>
            <source>Design how a work order runs from 售前 to 售后: drag nodes from the palette, connect them, and set who does each step. Publish a draft to use it; published versions never change.</source>
            <translation>设计工单从售前到售后的流转：从节点面板拖入节点、连线，并设置每一步由谁处理。草稿发布后才会使用；已发布的版本不会再改变。</translation>
        </message>
        <message>
            <source>No workflows yet — create one or import BPMN</source>
            <translation>还没有流程 — 新建一个或导入 BPMN</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>v{number} draft</source>
            <translation>v{number} 草稿</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>{count} workflows</source>
            <translation>{count} 个流程</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>The draft of {name} has changes that are not saved. Discard them?</source>
            <translation>{name} 的草稿有未保存的修改。要放弃这些修改吗？</translation>
        </message>
        <message>
            <source>The open draft has changes that are not saved. Discard them?</source>
            <translation>打开的草稿有未保存的修改。要放弃这些修改吗？</translation>
        </message>
    </context>
</TS>
