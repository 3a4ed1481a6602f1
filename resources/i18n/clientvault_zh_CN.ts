<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ClientVault</source>
        <translation>关于客户保险箱</translation>
    </message>
    <message>
        <source>ClientVault (客户保险箱)</source>
        <translation>客户保险箱（ClientVault）</translation>
    </message>
    <message>
        <source>A local-first, encrypted customer vault. Your customers&apos; data stays on this computer, in an SQLCipher database. Free software under the GNU GPL, version 3 or later.</source>
        <translation>本地优先的加密客户保险箱。客户资料保存在本机的 SQLCipher 加密数据库中。本软件为自由软件，以 GNU GPL 第 3 版或更高版本授权。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>保险箱文件夹：</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the vault folder in the file manager</source>
        <translation>在文件管理器中显示保险箱文件夹</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>第三方许可证</translation>
    </message>
    <message>
        <source>unknown (SQLCipher could not be loaded)</source>
        <translation>未知（无法加载 SQLCipher）</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The third-party notices file is missing from this installation.</source>
        <translation>此安装中缺少第三方声明文件。</translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>{field} (custom field)</source>
        <translation>{field}（自定义字段）</translation>
    </message>
    <message>
        <source>via passphrase</source>
        <translation>通过密码</translation>
    </message>
    <message>
        <source>via keyring</source>
        <translation>通过系统凭据存储</translation>
    </message>
    <message>
        <source>via recovery key</source>
        <translation>通过恢复密钥</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>via {method}</source>
        <translation>通过 {method}</translation>
    </message>
    <message>
        <source>attempted {time}</source>
        <translation>尝试时间 {time}</translation>
    </message>
    <message>
        <source>user: {name}</source>
        <translation>用户：{name}</translation>
    </message>
    <message>
        <source>role: {role}</source>
        <translation>角色：{role}</translation>
    </message>
    <message>
        <source>may see sensitive information</source>
        <translation>可查看敏感信息</translation>
    </message>
    <message>
        <source>may not see sensitive information</source>
        <translation>不可查看敏感信息</translation>
    </message>
    <message>
        <source>may export</source>
        <translation>可导出</translation>
    </message>
    <message>
        <source>may not export</source>
        <translation>不可导出</translation>
    </message>
    <message>
        <source>encryption key replaced</source>
        <translation>已更换加密密钥</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>customers: {count}</source>
        <translation>客户数：{count}</translation>
    </message>
    <message>
        <source>purchases: {count}</source>
        <translation>购买记录数：{count}</translation>
    </message>
    <message>
        <source>access log</source>
        <translation>访问日志</translation>
    </message>
    <message>
        <source>what: {what}</source>
        <translation>内容：{what}</translation>
    </message>
    <message>
        <source>format: {format}</source>
        <translation>格式：{format}</translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation>链条完整</translation>
    </message>
    <message>
        <source>chain broken</source>
        <translation>链条断裂</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>entries: {count}</source>
        <translation>日志记录数：{count}</translation>
    </message>
    <message>
        <source>records: {count}</source>
        <translation>记录数：{count}</translation>
    </message>
    <message>
        <source>purpose: {purpose}</source>
        <translation>用途：{purpose}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
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
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>UTC: {time}</source>
        <translation>UTC 时间：{time}</translation>
    </message>
    <message>
        <source>Entry number in the access log</source>
        <translation>访问日志中的记录序号</translation>
    </message>
    <message>
        <source>The access-log chain breaks at this entry.</source>
        <translation>访问日志的链条在这条记录处断裂。</translation>
    </message>
</context>
<context>
    <name>AccessLogPage</name>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Check that no access-log entry was changed or removed</source>
        <translation>检查访问日志中是否有记录被改动或删除</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Show the entries of one user</source>
        <translation>只显示某个用户的记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Show one kind of action</source>
        <translation>只显示某一种操作</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer #</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Show the entries about one customer, by customer number</source>
        <translation>按客户编号，只显示与某位客户有关的记录</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the newest entries (F5)</source>
        <translation>载入最新的记录（F5）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>将当前显示的记录保存为 CSV 文件</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Choose a date, or the earliest date for &quot;any&quot;</source>
        <translation>选择日期；选最早的日期表示“不限”</translation>
    </message>
    <message>
        <source>Show all entries</source>
        <translation>显示全部记录</translation>
    </message>
    <message>
        <source>Show customer history</source>
        <translation>查看客户访问历史</translation>
    </message>
    <message>
        <source>Show every access-log entry about the selected entry&apos;s customer</source>
        <translation>显示与所选记录的客户有关的全部访问日志记录</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>访问日志</translation>
    </message>
    <message>
        <source>access-log-{date}.csv</source>
        <translation>访问日志-{date}.csv</translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation>导出访问日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>You see your own entries only</source>
        <translation>您只能查看自己的记录</translation>
    </message>
    <message>
        <source>Exported {count} access-log entries to {path}.</source>
        <translation>已将 {count} 条访问日志记录导出到 {path}。</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Verified: {count} entries, chain intact</source>
        <translation>已验证：共 {count} 条记录，链条完整</translation>
    </message>
    <message>
        <source>Broken at entry {seq}: this entry was changed or removed outside ClientVault. Tell the owner; restore from a backup if needed.</source>
        <translation>链条断裂于第 {seq} 条记录：该记录在客户保险箱之外被改动或删除。请告知所有者；如有需要，请用备份还原。</translation>
    </message>
    <message>
        <source>Broken at entry {seq}: the newest entries were removed (the log was truncated). Tell the owner; restore from a backup if needed.</source>
        <translation>链条断裂于第 {seq} 条记录：最新的记录已被删除（日志被截断）。请告知所有者；如有需要，请用备份还原。</translation>
    </message>
    <message>
        <source>Verifying the access log…</source>
        <translation>正在验证访问日志…</translation>
    </message>
    <message>
        <source>Verification is available to the owner. You see your own entries only.</source>
        <translation>只有所有者可以验证访问日志。您只能查看自己的记录。</translation>
    </message>
    <message>
        <source>The access log could not be verified.</source>
        <translation>无法验证访问日志。</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>尚未验证。</translation>
    </message>
    <message>
        <source>Access history of customer #{id}</source>
        <translation>客户 #{id} 的访问历史</translation>
    </message>
    <message>
        <source>{count} entries shown · loading…</source>
        <translation>已显示 {count} 条记录 · 正在载入…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <source>{count} entries shown (all)</source>
        <translation>已显示 {count} 条记录（全部）</translation>
    </message>
    <message>
        <source>{count} entries shown · scroll down for older entries</source>
        <translation>已显示 {count} 条记录 · 向下滚动可查看更早的记录</translation>
    </message>
</context>
<context>
    <name>AccessTab</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>When</source>
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
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>显示更早的记录</translation>
    </message>
    <message>
        <source>You see only your own entries; an owner sees everyone&apos;s.</source>
        <translation>你只能看到自己的记录；所有者可以看到所有人的记录。</translation>
    </message>
    <message>
        <source>Nobody has accessed this customer yet.</source>
        <translation>还没有人访问过这位客户。</translation>
    </message>
    <message>
        <source>Who viewed, revealed, copied or changed this customer, newest first.</source>
        <translation>谁查看、显示、复制或修改过这位客户，最新的在前。</translation>
    </message>
    <message>
        <source>Your role cannot see the access log. An owner of the vault can show you who accessed this customer.</source>
        <translation>你的角色不能查看访问日志。保险箱的所有者可以告诉你谁访问过这位客户。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Failed unlock attempt</source>
        <translation>解锁失败</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>View customer</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>Show sensitive information</source>
        <translation>显示敏感信息</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>Undo change</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Restore deleted customer</source>
        <translation>从回收站恢复客户</translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>永久清除</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>移除用户</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>Replace encryption key</source>
        <translation>更换加密密钥</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation>添加购买</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>记录同意</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回授权同意</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>View customer list</source>
        <translation>浏览客户列表</translation>
    </message>
    <message>
        <source>Verify access log</source>
        <translation>校验访问日志</translation>
    </message>
    <message>
        <source>Check vault</source>
        <translation>检查保险箱</translation>
    </message>
    <message>
        <source>Turn on &quot;Remember me on this computer&quot;</source>
        <translation>开启“在此电脑上记住我”</translation>
    </message>
    <message>
        <source>Turn off &quot;Remember me on this computer&quot;</source>
        <translation>关闭“在此电脑上记住我”</translation>
    </message>
    <message>
        <source>Create new recovery key</source>
        <translation>生成新的恢复密钥</translation>
    </message>
    <message>
        <source>Other ({action})</source>
        <translation>其他（{action}）</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>May reveal sensitive fields (ID number, bank account)</source>
        <translation>可查看敏感字段（身份证号、银行账号）</translation>
    </message>
    <message>
        <source>May export (masked or minimized)</source>
        <translation>可导出（脱敏或最少字段）</translation>
    </message>
</context>
<context>
    <name>AddressListEditor</name>
    <message>
        <source>Address type</source>
        <translation>地址类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Write as one line</source>
        <translation>写成一行</translation>
    </message>
    <message>
        <source>For foreign addresses, or an address that does not split into province, city and district</source>
        <translation>用于境外地址，或无法拆分为省、市、区的地址</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>删除此地址</translation>
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
        <translation>区/县</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>街道门牌</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>The whole address on one line</source>
        <translation>在一行中填写完整地址</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>添加地址</translation>
    </message>
</context>
<context>
    <name>BackupHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <source>{path}
Last verified: {time}</source>
        <translation>{path}
最近校验：{time}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>ClientVault was closed in the middle of a restore. The restore had not finished, so your vault was put back exactly as it was before; nothing was lost. You can restore the backup again.</source>
        <translation>客户保险箱在还原过程中被关闭。还原尚未完成，因此保险箱已恢复为还原前的原样，没有丢失任何数据。您可以重新还原该备份。</translation>
    </message>
    <message>
        <source>ClientVault was closed just as a restore was finishing. The restored vault was already completely in place and has been kept. Unlock it to continue.</source>
        <translation>客户保险箱在还原即将完成时被关闭。还原后的保险箱当时已完整就位，已予保留。请解锁以继续。</translation>
    </message>
    <message>
        <source>ClientVault was closed in the middle of a restore and cannot tidy up the vault folder right now (is it read-only?). Nothing was lost; ClientVault tries again at the next start.</source>
        <translation>客户保险箱在还原过程中被关闭，目前无法整理保险箱文件夹（是否为只读？）。没有丢失任何数据；下次启动时会再次尝试。</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>A USB drive (U盘/移动磁盘) or another folder. Keep one copy away from this computer.</source>
        <translation>U盘/移动磁盘或其他文件夹。请另存一份放在这台电脑以外的地方。</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>保留最新的(&amp;K)</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>保留的备份数量</translation>
    </message>
    <message>
        <source>Older backups of this vault in this destination are deleted after a new backup has been verified</source>
        <translation>新备份通过校验后，会删除此位置中此保险箱较旧的备份</translation>
    </message>
    <message>
        <source>backups in this destination</source>
        <translation>个备份（此位置）</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Write an encrypted backup to the selected destination and verify it</source>
        <translation>将加密备份写入所选位置并校验</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation>此保险箱的备份</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>校验…</translation>
    </message>
    <message>
        <source>Check a backup file completely without restoring it (a restore drill)</source>
        <translation>完整检查备份文件但不还原（还原演练）</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>还原…</translation>
    </message>
    <message>
        <source>Replace this vault with the contents of a backup</source>
        <translation>用备份的内容替换此保险箱</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>No verified backup yet. Back up now to a USB drive (U盘/移动磁盘) or another folder.</source>
        <translation>还没有通过校验的备份。请立即备份到U盘/移动磁盘或其他文件夹。</translation>
    </message>
    <message>
        <source>Last verified backup: today ({time}).</source>
        <translation>最近一次通过校验的备份：今天（{time}）。</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %n day(s) ago ({time}).</source>
        <translation>
            <numerusform>最近一次通过校验的备份：%n 天前（{time}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new backup is due (reminder after %n day(s)).</source>
        <translation>
            <numerusform>该备份了（超过 %n 天提醒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>A restore drill is due: use Verify… on your latest backup with the owner passphrase or the recovery key.</source>
        <translation>该做一次还原演练了：用所有者密码或恢复密钥对最新的备份执行“校验…”。</translation>
    </message>
    <message>
        <source>Choose where to back up: a USB drive or a folder.</source>
        <translation>请选择备份位置：U盘/移动磁盘或文件夹。</translation>
    </message>
    <message>
        <source>Preparing the backup…</source>
        <translation>正在准备备份…</translation>
    </message>
    <message>
        <source>Backup written and verified: {file} ({size}; customers: {customers}).</source>
        <translation>备份已写入并通过校验：{file}（{size}；客户：{customers}）。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n older backup(s) from this destination.</source>
        <translation>
            <numerusform>已从此位置删除 %n 个较旧的备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished and verified.</source>
        <translation>备份已完成并通过校验。</translation>
    </message>
    <message>
        <source>Choose a backup to verify</source>
        <translation>选择要校验的备份</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <source>Restore the backup made {date}:
{path}</source>
        <translation>还原 {date} 的备份：
{path}</translation>
    </message>
    <message>
        <source>Warning: restoring REPLACES everything in this vault with the contents of this backup. Customers added or changed after {date} will be lost; customers erased since then stay erased. The current vault is kept until the restore has succeeded. Afterwards everyone must unlock the vault again.</source>
        <translation>警告：还原会用此备份的内容替换此保险箱中的全部数据。{date} 之后新增或修改的客户将丢失；此后被彻底清除的客户仍保持清除。还原成功之前会保留当前的保险箱。还原后所有人都必须重新解锁保险箱。</translation>
    </message>
    <message>
        <source>I understand that the current data will be replaced</source>
        <translation>我明白当前数据将被替换</translation>
    </message>
    <message>
        <source>Verify backup</source>
        <translation>校验备份</translation>
    </message>
    <message>
        <source>Verify the backup made {date}:
{path}
Every part is checked and decrypted; nothing is restored.</source>
        <translation>校验 {date} 的备份：
{path}
将检查并解密每个部分；不会还原任何内容。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Backup verified: every part is intact and decrypts; the database inside passed its integrity checks.</source>
        <translation>备份校验通过：每个部分都完好且能解密；其中的数据库通过了完整性检查。</translation>
    </message>
    <message>
        <source>Made: {date} · Vault: {vault_id} · Customers: {customers}</source>
        <translation>备份时间：{date} · 保险箱：{vault_id} · 客户：{customers}</translation>
    </message>
    <message>
        <source>The access log inside this backup does NOT verify: it was changed outside ClientVault before the backup was made.</source>
        <translation>此备份中的访问日志未通过验证：在备份之前，它已在客户保险箱之外被改动。</translation>
    </message>
    <message>
        <source>This backup belongs to a different vault.</source>
        <translation>此备份属于另一个保险箱。</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要还原的备份</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在还原…</translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation>还原完成</translation>
    </message>
    <message>
        <source>Restored the backup made {date} (customers: {customers}). Unlock the vault again to continue.</source>
        <translation>已还原 {date} 的备份（客户：{customers}）。请重新解锁保险箱后继续。</translation>
    </message>
    <message>
        <source>Warning: a newer backup of this vault exists (made {date}); the vault went back to an older state.</source>
        <translation>警告：此保险箱存在更新的备份（{date}）；保险箱已回到较旧的状态。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) erased after this backup was made were erased again.</source>
        <translation>
            <numerusform>在此备份之后被彻底清除的 %n 位客户已再次清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault was upgraded from an older version of ClientVault.</source>
        <translation>保险箱已从旧版客户保险箱升级。</translation>
    </message>
    <message>
        <source>These users need a new passphrase from an owner before they can log in again: {users}</source>
        <translation>以下用户需要所有者为其重设密码后才能再次登录：{users}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>ClientVault backups (*.cvbak)</source>
        <translation>客户保险箱备份 (*.cvbak)</translation>
    </message>
    <message>
        <source>Copying the vault…</source>
        <translation>正在复制保险箱…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Reading back and verifying…</source>
        <translation>正在读回并校验…</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>正在解密…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>BackupSecretDialog</name>
    <message>
        <source>Owner passphrase</source>
        <translation>所有者密码</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Owner name:</source>
        <translation>所有者姓名：</translation>
    </message>
    <message>
        <source>Any owner (each is tried)</source>
        <translation>任一所有者（逐个尝试）</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>所有者姓名</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>密码或恢复密钥</translation>
    </message>
    <message>
        <source>Use the owner passphrase or the recovery key as they were when the backup was made. Staff passphrases do not open backups.</source>
        <translation>请使用备份时有效的所有者密码或恢复密钥。员工密码无法打开备份。</translation>
    </message>
    <message>
        <source>Thorough check (slower: also matches every index entry of the database inside)</source>
        <translation>彻底检查（较慢：还会逐条核对内部数据库的每个索引项）</translation>
    </message>
    <message>
        <source>Recovery key (from the emergency kit)</source>
        <translation>恢复密钥（见应急资料）</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码：</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>The vault is not re-encrypted; only your lock changes. If this computer remembers you, you will be asked for the new passphrase once.</source>
        <translation>保险箱不会重新加密，只更换您自己的那把“锁”。如果这台电脑记住了您，下次会请您输入一次新密码。</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>修改密码</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>WeChat mini program</source>
        <translation>微信小程序</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <source>JD.com</source>
        <translation>京东</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Phone order</source>
        <translation>电话订购</translation>
    </message>
    <message>
        <source>Marketing messages</source>
        <translation>营销信息</translation>
    </message>
    <message>
        <source>Sharing with partners</source>
        <translation>向合作方提供</translation>
    </message>
    <message>
        <source>Processing sensitive information</source>
        <translation>处理敏感个人信息</translation>
    </message>
    <message>
        <source>Transfer abroad</source>
        <translation>向境外提供</translation>
    </message>
    <message>
        <source>Personalised offers</source>
        <translation>个性化推荐</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>线上表单</translation>
    </message>
    <message>
        <source>Signed paper form</source>
        <translation>纸质同意书</translation>
    </message>
    <message>
        <source>Recorded phone call</source>
        <translation>电话录音</translation>
    </message>
    <message>
        <source>Signed up in store</source>
        <translation>门店登记</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Transaction time</source>
        <translation>交易时间</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>购买频率</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Potential customer</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Active customer</source>
        <translation>现有客户</translation>
    </message>
    <message>
        <source>Churned customer</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>No purchase yet</source>
        <translation>尚未购买</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Old customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Returning customer</source>
        <translation>回头客</translation>
    </message>
    <message>
        <source>No purchase this year</source>
        <translation>近一年未购买</translation>
    </message>
    <message>
        <source>Low frequency</source>
        <translation>低频</translation>
    </message>
    <message>
        <source>Medium frequency</source>
        <translation>中频</translation>
    </message>
    <message>
        <source>High frequency</source>
        <translation>高频</translation>
    </message>
    <message>
        <source>No RFM segment</source>
        <translation>无 RFM 分群</translation>
    </message>
    <message>
        <source>Important value customer</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Important development customer</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <source>Important retention customer</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <source>Important win-back customer</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <source>General value customer</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <source>General development customer</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <source>General retention customer</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <source>General win-back customer</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Custom segments</source>
        <translation>自定义分群</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>地区未知</translation>
    </message>
    <message>
        <source>Unknown source</source>
        <translation>来源未知</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>In no custom segment</source>
        <translation>不属于任何自定义分群</translation>
    </message>
</context>
<context>
    <name>ClassificationPage</name>
    <message>
        <source>Classification</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Export the customers of the selected segment (the export dialog applies the minimization and role rules)</source>
        <translation>导出所选分群的客户（导出对话框会执行最小化和角色规则）</translation>
    </message>
    <message>
        <source>Your role may not export customers.</source>
        <translation>您的角色无权导出客户。</translation>
    </message>
    <message>
        <source>Definitions…</source>
        <translation>分类定义…</translation>
    </message>
    <message>
        <source>Edit custom segments…</source>
        <translation>编辑自定义分群…</translation>
    </message>
    <message>
        <source>Custom segments…</source>
        <translation>自定义分群…</translation>
    </message>
    <message>
        <source>Classification progress</source>
        <translation>分类进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Classify all customers again from the current data</source>
        <translation>根据当前数据重新对所有客户分类</translation>
    </message>
    <message>
        <source>The thresholds behind the classifications</source>
        <translation>各分类所用的阈值</translation>
    </message>
    <message>
        <source>Customers who need a follow-up</source>
        <translation>需要跟进的客户</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Classifying customers…</source>
        <translation>正在为客户分类…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) classified. Click a bar to show those customers.</source>
        <translation>
            <numerusform>已为 %n 位客户分类。点击条形即可查看这些客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Classification cancelled; the counts shown are from the last run.</source>
        <translation>分类已取消；显示的是上一次的统计结果。</translation>
    </message>
    <message>
        <source>Classification cancelled.</source>
        <translation>分类已取消。</translation>
    </message>
    <message>
        <source>Classification failed.</source>
        <translation>分类失败。</translation>
    </message>
    <message>
        <source>Potential: no purchase yet. Active: the latest purchase less than {churn} days ago. Churned: no purchase for {churn} days or more.</source>
        <translation>潜在客户：尚未购买。现有客户：最近一次购买在 {churn} 天以内。流失客户：已连续 {churn} 天或更久未购买。</translation>
    </message>
    <message>
        <source>New: the first purchase less than {new} days ago. Returning: 2 or more purchases, the latest less than {returning} days ago. Old: everyone else who bought. New comes before returning.</source>
        <translation>新客户：首次购买在 {new} 天以内。回头客：购买 2 次或以上，且最近一次在 {returning} 天以内。老客户：其他购买过的客户。同时符合时优先算作新客户。</translation>
    </message>
    <message>
        <source>Purchases in the last 365 days, compared with everyone who bought in that time. High: from the {high}th percentile. Medium: from the {mid}th percentile. Low: the others who bought.</source>
        <translation>按近 365 天的购买次数，与同期所有购买过的客户比较。高频：第 {high} 百分位及以上。中频：第 {mid} 百分位及以上。低频：其他购买过的客户。</translation>
    </message>
    <message>
        <source>Purchases in the last 365 days. High: {high} or more. Medium: {mid} or more. Low: at least one.</source>
        <translation>按近 365 天的购买次数。高频：{high} 次及以上。中频：{mid} 次及以上。低频：至少 1 次。</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value are scored 1 to 5 by quintiles among the customers who bought; 3 or more is high. The eight classic segments combine high and low R, F and M: high in all three is an important value customer.</source>
        <translation>在购买过的客户中按五分位为最近度（R）、频率（F）和金额（M）打 1 到 5 分，3 分及以上为高。经典的八类客户由 R、F、M 的高低组合而成：三项都高的是重要价值客户。</translation>
    </message>
    <message>
        <source>From the customer&apos;s address (province, else city); without one, from the area of the phone number. Customers with neither are unknown.</source>
        <translation>根据客户地址（省份，没有则按城市）判断；没有地址时按电话号码归属地判断。两者都没有的客户归为未知。</translation>
    </message>
    <message>
        <source>The channel the customer came from, as recorded on the customer.</source>
        <translation>客户资料中记录的来源渠道。</translation>
    </message>
    <message>
        <source>Customers by tag. A customer with several tags counts under each, so the shares can add up to more than 100%.</source>
        <translation>按标签统计客户。有多个标签的客户会在每个标签下各计一次，因此占比之和可能超过 100%。</translation>
    </message>
    <message>
        <source>Your own segments: a customer is in a custom segment when all its conditions hold, and can be in several.</source>
        <translation>您自己定义的分群：客户满足某个自定义分群的全部条件即属于该分群，可同时属于多个分群。</translation>
    </message>
    <message>
        <source>Definitions saved. Recomputing…</source>
        <translation>分类定义已保存，正在重新计算…</translation>
    </message>
    <message>
        <source>Suggested action saved.</source>
        <translation>建议措施已保存。</translation>
    </message>
    <message numerus="yes">
        <source>The segment “{name}” (%n customer(s))</source>
        <translation>
            <numerusform>分群“{name}”（%n 位客户）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported.</source>
        <translation>
            <numerusform>已导出 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is due for a follow-up. Set a next contact date on a follow-up to see the customer here when it comes.</source>
        <translation>目前没有需要跟进的客户。在跟进记录中设置下次联系日期，到期时客户就会出现在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) due for a follow-up, the most overdue first. Double-click to open a customer.</source>
        <translation>
            <numerusform>%n 位客户需要跟进，逾期最久的排在最前。双击可打开客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs follow-up ({count})</source>
        <translation>待跟进（{count}）</translation>
    </message>
</context>
<context>
    <name>ClassificationSettingsDialog</name>
    <message>
        <source>Classification definitions</source>
        <translation>分类定义</translation>
    </message>
    <message>
        <source>Only the owner can change these definitions; you can see them.</source>
        <translation>只有所有者可以修改这些定义；您可以查看。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Customer type and transaction time</source>
        <translation>客户类型与交易时间</translation>
    </message>
    <message>
        <source>A customer who bought before but not for this many days is churned.</source>
        <translation>购买过但已连续这么多天未购买的客户视为流失。</translation>
    </message>
    <message>
        <source>&amp;Churned after:</source>
        <translation>流失天数(&amp;C)：</translation>
    </message>
    <message>
        <source>A customer whose first purchase is more recent than this is new.</source>
        <translation>首次购买在这么多天以内的客户为新客户。</translation>
    </message>
    <message>
        <source>&amp;New for:</source>
        <translation>新客户期限(&amp;N)：</translation>
    </message>
    <message>
        <source>A customer with two or more purchases, the latest within this many days, is returning.</source>
        <translation>购买 2 次或以上且最近一次在这么多天以内的客户为回头客。</translation>
    </message>
    <message>
        <source>&amp;Returning within:</source>
        <translation>回头客期限(&amp;R)：</translation>
    </message>
    <message>
        <source>Purchase frequency (purchases in the last 365 days)</source>
        <translation>购买频率（近 365 天的购买次数）</translation>
    </message>
    <message>
        <source>Fixed numbers of purchases</source>
        <translation>固定购买次数</translation>
    </message>
    <message>
        <source>Percentiles of the customers who bought</source>
        <translation>购买客户中的百分位</translation>
    </message>
    <message>
        <source>&amp;Tiers by:</source>
        <translation>分档方式(&amp;T)：</translation>
    </message>
    <message>
        <source> purchases</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>&amp;High from:</source>
        <translation>高频起点(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Medium from:</source>
        <translation>中频起点(&amp;M)：</translation>
    </message>
    <message>
        <source> th percentile</source>
        <translation> 百分位</translation>
    </message>
    <message>
        <source>High from the:</source>
        <translation>高频起点：第</translation>
    </message>
    <message>
        <source>Medium from the:</source>
        <translation>中频起点：第</translation>
    </message>
    <message>
        <source>Save and recompute</source>
        <translation>保存并重新计算</translation>
    </message>
    <message>
        <source>Medium frequency must start below high frequency.</source>
        <translation>中频的起点必须低于高频的起点。</translation>
    </message>
    <message>
        <source>The medium percentile must be below the high percentile.</source>
        <translation>中频百分位必须低于高频百分位。</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Condition field</source>
        <translation>条件字段</translation>
    </message>
    <message>
        <source>Condition operator</source>
        <translation>条件运算符</translation>
    </message>
    <message>
        <source>Condition value</source>
        <translation>条件值</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>删除此条件</translation>
    </message>
    <message>
        <source>Type a value for every condition.</source>
        <translation>请为每个条件填写值。</translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <source>Check your copy</source>
        <translation>核对您的抄本</translation>
    </message>
    <message>
        <source>Type two groups of the recovery key from your paper or emergency kit.</source>
        <translation>请根据纸质抄本或应急恢复包，输入恢复密钥中的两组字符。</translation>
    </message>
    <message>
        <source>The groups are the blocks of characters between the dashes, counted from the left.</source>
        <translation>“组”是指短横线之间的字符块，从左往右数。</translation>
    </message>
    <message>
        <source>Group {number}:</source>
        <translation>第 {number} 组：</translation>
    </message>
    <message>
        <source>This does not match the recovery key. Check your copy.</source>
        <translation>与恢复密钥不一致。请核对您的抄本。</translation>
    </message>
    <message>
        <source>Lost it already? Press Back to see the key again.</source>
        <translation>还没记下来？点击“上一步”可再次查看密钥。</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>What the customer agreed to, when and how (PIPL / GDPR). A withdrawal is recorded, never deleted.</source>
        <translation>客户同意了什么、何时以及以何种方式同意（个人信息保护法 / GDPR）。撤回会被记录，记录不会被删除。</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>记录撤回…</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>记录同意</translation>
    </message>
    <message>
        <source>Optional, e.g. where the signed form is kept</source>
        <translation>选填，例如签字同意书的存放位置</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>记录同意</translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation>已于 {date} 撤回</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>记录撤回</translation>
    </message>
    <message>
        <source>Record that the customer withdrew the consent “{purpose}” today?</source>
        <translation>记录客户今天撤回了“{purpose}”的同意？</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>ClientVault — unexpected problem</source>
        <translation>客户保险箱 — 意外问题</translation>
    </message>
    <message>
        <source>ClientVault ran into a problem it did not expect, and the last action may not have been completed. Your vault is safe: nothing is saved half-way.

If this keeps happening, copy the details below and send them to whoever supports your installation. They contain no passphrases and no customer data.</source>
        <translation>客户保险箱遇到了一个意外问题，刚才的操作可能没有完成。您的保险箱是安全的：不会保存只完成一半的内容。

如果问题反复出现，请复制下面的详细信息，发给为您提供技术支持的人。其中不含任何密码，也不含客户数据。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
    <message>
        <source>No log file could be written on this computer.</source>
        <translation>无法在这台电脑上写入日志文件。</translation>
    </message>
</context>
<context>
    <name>CustomerClassificationView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Classification of this customer</source>
        <translation>此客户的分类</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>正在分类…</translation>
    </message>
    <message>
        <source>How this customer is classified today, and why. The definitions are set on the Classification page.</source>
        <translation>此客户当前的分类及原因。分类定义在“客户分类”页面中设置。</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>Access history</source>
        <translation>访问记录</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>e.g. 张三 or John Smith</source>
        <translation>例如 张三 或 John Smith</translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation>姓名（必填）</translation>
    </message>
    <message>
        <source>Family name first (张三)</source>
        <translation>姓在前（张三）</translation>
    </message>
    <message>
        <source>Given name first (John Smith)</source>
        <translation>名在前（John Smith）</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <source>Family and given name</source>
        <translation>姓和名</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>e.g. 1990-06-15, or --06-15 when the year is unknown</source>
        <translation>例如 1990-06-15；不知道年份时写 --06-15</translation>
    </message>
    <message>
        <source>Details are up to date</source>
        <translation>资料已核实</translation>
    </message>
    <message>
        <source>Record that you checked these details with the customer today (clears the “needs update” reminder)</source>
        <translation>记录今天已与客户核实这些资料（清除“需更新”提醒）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000, or 010-6552 9988 ext. 123</source>
        <translation>例如 138 0013 8000，或 010-6552 9988 转 123</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>添加邮箱</translation>
    </message>
    <message>
        <source>e.g. name@example.com</source>
        <translation>例如 name@example.com</translation>
    </message>
    <message>
        <source>Add WeChat ID</source>
        <translation>添加微信号</translation>
    </message>
    <message>
        <source>WeChat ID, or the mobile number used for WeChat</source>
        <translation>微信号，或绑定微信的手机号</translation>
    </message>
    <message>
        <source>Add QQ number</source>
        <translation>添加 QQ 号</translation>
    </message>
    <message>
        <source>5 to 11 digits</source>
        <translation>5 到 11 位数字</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Sensitive personal information</source>
        <translation>敏感个人信息</translation>
    </message>
    <message>
        <source>Masked by default (PIPL). Only permitted users can reveal or copy these values, and every reveal and copy is recorded in the access log.</source>
        <translation>默认遮盖显示（个人信息保护法）。只有获得授权的用户才能显示或复制这些信息，每次显示和复制都会记入访问日志。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Customer saved.</source>
        <translation>客户已保存。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>This customer is in the recycle bin. Restore it from the recycle bin to make changes.</source>
        <translation>这位客户在回收站中。请先从回收站恢复，再进行修改。</translation>
    </message>
    <message>
        <source>Your role can view customers but not change them.</source>
        <translation>你的角色可以查看客户，但不能修改。</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Former user</source>
        <translation>已离职用户</translation>
    </message>
    <message>
        <source>Save the new customer first.</source>
        <translation>请先保存新客户。</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Fill in what you know; only the name is required.</source>
        <translation>填写已知的信息即可，只有姓名是必填的。</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未核实</translation>
    </message>
    <message>
        <source>Created {date}</source>
        <translation>创建于 {date}</translation>
    </message>
    <message>
        <source>Last changed {date}</source>
        <translation>最后修改于 {date}</translation>
    </message>
    <message>
        <source>In the recycle bin since {date}</source>
        <translation>自 {date} 起在回收站中</translation>
    </message>
    <message>
        <source>Today (not saved yet)</source>
        <translation>今天（尚未保存）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未核实</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Some values are not valid. Correct the fields marked in red, then save again.</source>
        <translation>部分信息无效。请修改标红的字段后再保存。</translation>
    </message>
    <message numerus="yes">
        <source>Copied. It will be cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>已复制。剪贴板内容将在 %n 秒后自动清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo change</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>You have unsaved changes in this customer. Undoing the earlier change discards them. Continue?</source>
        <translation>这位客户有未保存的修改。撤销之前的修改会放弃这些未保存的修改。要继续吗？</translation>
    </message>
    <message>
        <source>Discard and undo</source>
        <translation>放弃修改并撤销</translation>
    </message>
    <message>
        <source>The change was undone. You can undo the undo in the history, too.</source>
        <translation>已撤销此修改。在变更历史中也可以再撤销这次撤销。</translation>
    </message>
    <message>
        <source>Save the changes to this customer before closing?</source>
        <translation>关闭前要保存对这位客户的修改吗？</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>需核对</translation>
    </message>
    <message>
        <source>ext. {ext}</source>
        <translation>转 {ext}</translation>
    </message>
    <message>
        <source>Customers with a value that failed validation and needs review</source>
        <translation>有信息未通过校验、需要核对的客户</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>点击按此列排序</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) failed validation; open the customer to review them.</source>
        <translation>
            <numerusform>有 %n 项信息未通过校验，请打开该客户进行核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>This phone number is not valid and needs review.</source>
        <translation>这个电话号码无效，需要核对。</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>需核对</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Search by name, pinyin (zs → 张三), phone digits, email, company or WeChat ID</source>
        <translation>按姓名、拼音（zs → 张三）、电话号码、邮箱、公司或微信号搜索</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F). 1–2 Chinese characters, pinyin or initials, 4 or more phone digits, part of an email, company or WeChat ID.</source>
        <translation>边输入边搜索（Ctrl+F）。可输入 1–2 个汉字、拼音或首字母、电话号码中的至少 4 位数字，或邮箱、公司、微信号的一部分。</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Add a new customer (Ctrl+N)</source>
        <translation>新建客户（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the selected customer (Enter or double-click)</source>
        <translation>打开选中的客户（回车或双击）</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Add a tag to the selected customers</source>
        <translation>为选中的客户添加标签</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the selected customers to the recycle bin (Delete)</source>
        <translation>将选中的客户移到回收站（Delete）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Take the selected customers out of the recycle bin</source>
        <translation>将选中的客户移出回收站</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>按来源筛选</translation>
    </message>
    <message>
        <source>All account managers</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Filter by account manager</source>
        <translation>按负责人筛选</translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation>需更新</translation>
    </message>
    <message>
        <source>Customers with a value that failed validation, or whose details were not checked for a long time</source>
        <translation>有信息未通过校验，或资料很久没有核实的客户</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Show deleted customers; they can be restored from here</source>
        <translation>显示已删除的客户，可在此恢复</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Search results are shown newest first; the sort applies when the search is cleared.</source>
        <translation>搜索结果按最新在前显示；清空搜索后将按所选列排序。</translation>
    </message>
    <message>
        <source>Type at least 4 digits to search by phone number.</source>
        <translation>按电话号码搜索时请至少输入 4 位数字。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>First {shown} matches — scroll down for more</source>
        <translation>前 {shown} 个结果 — 向下滚动查看更多</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>找到 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in the recycle bin</source>
        <translation>
            <numerusform>回收站中有 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>已显示 {shown} / {total} 位</translation>
    </message>
    <message>
        <source>First {shown} — scroll down for more</source>
        <translation>前 {shown} 位 — 向下滚动查看更多</translation>
    </message>
    <message>
        <source>No customer matches “{query}”. Try fewer characters, pinyin initials such as zs, or 4 or more digits of a phone number.</source>
        <translation>没有与“{query}”匹配的客户。请尝试少输入几个字、使用拼音首字母（如 zs），或输入电话号码中的至少 4 位数字。</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>No customers match these filters.</source>
        <translation>没有符合这些筛选条件的客户。</translation>
    </message>
    <message>
        <source>No customers yet. Click “New customer” (Ctrl+N) to add the first one.</source>
        <translation>还没有客户。点击“新建客户”（Ctrl+N）添加第一位客户。</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>还没有客户。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n customer(s) to the recycle bin?</source>
        <translation>
            <numerusform>将 %n 位客户移到回收站？</numerusform>
        </translation>
    </message>
    <message>
        <source>You can restore them from the recycle bin at any time.</source>
        <translation>随时可以从回收站恢复。</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Move to recycle bin</source>
        <translation>移到回收站</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) moved to the recycle bin.</source>
        <translation>
            <numerusform>已将 %n 位客户移到回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) restored.</source>
        <translation>
            <numerusform>已恢复 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n customer(s):</source>
        <translation>
            <numerusform>要添加到 %n 位客户的标签：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “{tag}” added to %n customer(s).</source>
        <translation>
            <numerusform>已为 %n 位客户添加标签“{tag}”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DedupeReason</name>
    <message>
        <source>Same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>Same unified social credit code</source>
        <translation>统一社会信用代码相同</translation>
    </message>
    <message>
        <source>Same phone {phone}</source>
        <translation>电话号码相同 {phone}</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <source>Same email {email}</source>
        <translation>邮箱相同 {email}</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>Same WeChat/QQ ID {wechat}</source>
        <translation>微信号/QQ号相同 {wechat}</translation>
    </message>
    <message>
        <source>Same WeChat/QQ ID</source>
        <translation>微信号/QQ号相同</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>Same name in simplified and traditional characters</source>
        <translation>姓名相同（简体/繁体）</translation>
    </message>
    <message>
        <source>Same name in pinyin</source>
        <translation>姓名拼音相同</translation>
    </message>
    <message>
        <source>Name written in the other order</source>
        <translation>姓名顺序颠倒</translation>
    </message>
    <message>
        <source>Given name is a nickname of the other</source>
        <translation>名字是另一方的昵称</translation>
    </message>
    <message>
        <source>Similar name ({similarity} alike)</source>
        <translation>姓名相似（相似度 {similarity}）</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>姓名相似</translation>
    </message>
    <message>
        <source>Same birthday</source>
        <translation>生日相同</translation>
    </message>
    <message>
        <source>Birthday differs by one digit</source>
        <translation>生日只差一位数字</translation>
    </message>
    <message>
        <source>Same address</source>
        <translation>地址相同</translation>
    </message>
    <message>
        <source>Similar address</source>
        <translation>地址相似</translation>
    </message>
    <message>
        <source>Same postal code</source>
        <translation>邮编相同</translation>
    </message>
    <message>
        <source>Same company</source>
        <translation>公司相同</translation>
    </message>
    <message>
        <source>Similar company name</source>
        <translation>公司名称相似</translation>
    </message>
    <message>
        <source>Different ID numbers</source>
        <translation>身份证号不同</translation>
    </message>
    <message>
        <source>Different unified social credit codes</source>
        <translation>统一社会信用代码不同</translation>
    </message>
    <message>
        <source>Different given names</source>
        <translation>名字不同</translation>
    </message>
    <message>
        <source>Different family names</source>
        <translation>姓氏不同</translation>
    </message>
    <message>
        <source>Different birthdays</source>
        <translation>生日不同</translation>
    </message>
    <message>
        <source>No phone number in common</source>
        <translation>没有相同的电话号码</translation>
    </message>
    <message>
        <source>No email address in common</source>
        <translation>没有相同的邮箱</translation>
    </message>
    <message>
        <source>Different companies</source>
        <translation>公司不同</translation>
    </message>
    <message>
        <source>Other evidence ({code})</source>
        <translation>其他依据（{code}）</translation>
    </message>
</context>
<context>
    <name>DestinationModel</name>
    <message>
        <source>USB / removable drive</source>
        <translation>U盘/移动磁盘</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation>可用 {size}</translation>
    </message>
    <message>
        <source>Used for backups before; keeps the newest {keep}.</source>
        <translation>曾用于备份；保留最新的 {keep} 个。</translation>
    </message>
    <message>
        <source>Not used for backups yet.</source>
        <translation>尚未用于备份。</translation>
    </message>
    <message>
        <source>File system: {fs}</source>
        <translation>文件系统：{fs}</translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <source>Backup destinations</source>
        <translation>备份位置</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Back up into a folder of your choice, for example on a USB drive</source>
        <translation>备份到您选择的文件夹，例如U盘上的文件夹</translation>
    </message>
    <message>
        <source>Refresh drives</source>
        <translation>刷新磁盘</translation>
    </message>
    <message>
        <source>Look again for USB drives that were just plugged in</source>
        <translation>重新查找刚插入的U盘/移动磁盘</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this destination from the list (its backups stay on it)</source>
        <translation>从列表中移除此位置（其中的备份会保留）</translation>
    </message>
    <message>
        <source>Choose a folder for the backups</source>
        <translation>选择存放备份的文件夹</translation>
    </message>
</context>
<context>
    <name>DuplicateClustersModel</name>
    <message>
        <source>Match</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Estimated probability that these records are the same customer</source>
        <translation>这些记录属于同一客户的估计概率</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>This customer may already be in the vault:</source>
        <translation>此客户可能已在保险箱中：</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>May be the same person as {name} ({reasons}; match {score})</source>
        <translation>可能与 {name} 是同一人（{reasons}；相似度 {score}）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>打开 {name}</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation>查重</translation>
    </message>
    <message>
        <source>Scan for duplicates</source>
        <translation>扫描重复客户</translation>
    </message>
    <message>
        <source>Compare every customer with the others and list likely duplicates</source>
        <translation>将每位客户与其他客户比对，列出可能的重复</translation>
    </message>
    <message>
        <source>Minimum match:</source>
        <translation>最低相似度：</translation>
    </message>
    <message>
        <source>Minimum match</source>
        <translation>最低相似度</translation>
    </message>
    <message>
        <source>Only list groups whose match is at least this likely</source>
        <translation>只列出相似度不低于此值的客户组</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Your role can review duplicates but not merge them or mark them.</source>
        <translation>您的角色可以查看重复客户，但不能合并或标记。</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Merge history</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <source>Merge every group matching at least</source>
        <translation>合并相似度不低于此值的所有客户组</translation>
    </message>
    <message>
        <source>Merge all…</source>
        <translation>全部合并…</translation>
    </message>
    <message>
        <source>Merge each of these groups, keeping the most complete record</source>
        <translation>逐组合并，保留信息最完整的记录</translation>
    </message>
    <message>
        <source>Keep newest</source>
        <translation>保留最新</translation>
    </message>
    <message>
        <source>Keep the record changed last and its values</source>
        <translation>保留最后修改的记录及其值</translation>
    </message>
    <message>
        <source>Keep most complete</source>
        <translation>保留最完整</translation>
    </message>
    <message>
        <source>Keep the record with the most values, filling gaps from the others</source>
        <translation>保留信息最多的记录，空缺由其他记录补充</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>不是重复</translation>
    </message>
    <message>
        <source>These are different customers: do not list them again</source>
        <translation>这些是不同的客户：以后不再列出</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Merge these customers into the kept record (can be undone)</source>
        <translation>将这些客户合并到保留的记录中（可撤销）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Bring the merged customers back as they were</source>
        <translation>将被合并的客户恢复原状</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of possible duplicates</source>
        <translation>
            <numerusform>%n 组可能重复的客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>没有发现可能重复的客户。</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <source>Merge {others} into {kept}? Their purchases, follow-ups, consents, tags and history move to {kept}. You can undo this later from the merge history.</source>
        <translation>将 {others} 合并到 {kept}？其购买记录、跟进、授权、标签和历史将转移到 {kept}。以后可在合并记录中撤销。</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merged into {name}.</source>
        <translation>已合并到 {name}。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Remembered: these customers are different people. They will not be listed again.</source>
        <translation>已记住：这些客户是不同的人，以后不再列出。</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n group(s) of possible duplicates? In each group the most complete record is kept and filled from the others. Every merge can be undone from the merge history.</source>
        <translation>
            <numerusform>合并 %n 组可能重复的客户？每组保留信息最完整的记录，并由其他记录补充。每次合并都可在合并记录中撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation>全部合并</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) merged.</source>
        <translation>
            <numerusform>已合并 %n 组客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) could not be merged: {reason}</source>
        <translation>
            <numerusform>%n 组无法合并：{reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>已中途停止。</translation>
    </message>
    <message>
        <source>Merge undone: the customers are back. Scan again to review them.</source>
        <translation>已撤销合并：客户已恢复。请重新扫描以查看。</translation>
    </message>
</context>
<context>
    <name>EmergencyKit</name>
    <message>
        <source>ClientVault emergency kit</source>
        <translation>客户保险箱应急恢复包</translation>
    </message>
    <message>
        <source>ClientVault (客户保险箱) — emergency kit</source>
        <translation>客户保险箱（ClientVault）— 应急恢复包</translation>
    </message>
    <message>
        <source>Created on {date}</source>
        <translation>创建于 {date}</translation>
    </message>
    <message>
        <source>Vault ID</source>
        <translation>保险箱 ID</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>保险箱文件夹</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>这是什么？</translation>
    </message>
    <message>
        <source>This recovery key opens your ClientVault customer vault when the owner&apos;s passphrase has been forgotten. With it, you can choose a new owner passphrase. It works only for the vault named above. Anyone who has this key and a copy of the vault can open it — keep it as carefully as the key to your office.</source>
        <translation>当所有者忘记密码时，这个恢复密钥可以打开您的客户保险箱，并设置新的所有者密码。它只适用于上面这个保险箱。任何人只要拿到这个密钥和保险箱的副本，就能打开它——请像保管办公室钥匙一样妥善保管。</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>存放在哪里</translation>
    </message>
    <message>
        <source>Print this page and keep it in a safe place away from the computer, for example in a locked drawer or a safe.</source>
        <translation>打印本页，存放在远离电脑的安全地方，例如上锁的抽屉或保险柜。</translation>
    </message>
    <message>
        <source>Do not keep it on the same computer or USB drive as the vault or its backups.</source>
        <translation>不要与保险箱或其备份存放在同一台电脑或同一个U盘上。</translation>
    </message>
    <message>
        <source>Do not photograph it and do not send it by WeChat, QQ or email.</source>
        <translation>不要拍照，也不要通过微信、QQ 或电子邮件发送。</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>如何使用</translation>
    </message>
    <message>
        <source>On the ClientVault login screen, choose “Forgot passphrase? Use the recovery key”. Type the key as printed above — capital or small letters, with or without the dashes — and choose a new owner passphrase.</source>
        <translation>在客户保险箱的登录界面，点击“忘记密码？使用恢复密钥”。按上面印出的内容输入密钥（大小写均可，短横线可有可无），然后设置新的所有者密码。</translation>
    </message>
    <message>
        <source>If this page is lost or someone else may have seen it</source>
        <translation>如果本页丢失或可能被他人看到</translation>
    </message>
    <message>
        <source>Open ClientVault as an owner and choose Users and settings → New recovery key. The old key stops working at once. Then print the new emergency kit.</source>
        <translation>以所有者身份打开客户保险箱，选择“用户与设置”→“生成新的恢复密钥”。旧密钥会立即失效。然后打印新的应急恢复包。</translation>
    </message>
    <message>
        <source>Kept at: ____________________________   Date: ______________</source>
        <translation>存放地点：____________________________   日期：______________</translation>
    </message>
    <message>
        <source>Save emergency kit</source>
        <translation>保存应急恢复包</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong and the action was not completed. Please try again. If it keeps happening, restart ClientVault.</source>
        <translation>出现问题，操作未完成。请重试；如果问题反复出现，请重新启动客户保险箱。</translation>
    </message>
    <message>
        <source>The value of {field} is not valid. Please check it.</source>
        <translation>{field}的内容无效，请检查。</translation>
    </message>
    <message>
        <source>This value is not valid. Please check it.</source>
        <translation>此项内容无效，请检查。</translation>
    </message>
    <message>
        <source>The user name or passphrase is not correct. Check Caps Lock and the input language, then try again.</source>
        <translation>用户名或密码不正确。请检查大写锁定键和输入法后重试。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it with your passphrase to continue.</source>
        <translation>保险箱已锁定。请输入密码解锁后继续。</translation>
    </message>
    <message>
        <source>No vault was found in the folder {folder}. Choose the folder that contains your vault, or create a new vault.</source>
        <translation>在文件夹 {folder} 中没有找到保险箱。请选择存放保险箱的文件夹，或新建一个保险箱。</translation>
    </message>
    <message>
        <source>No vault was found in this folder. Choose the folder that contains your vault, or create a new vault.</source>
        <translation>此文件夹中没有找到保险箱。请选择存放保险箱的文件夹，或新建一个保险箱。</translation>
    </message>
    <message>
        <source>The folder {folder} already contains a vault. Open that vault, or choose an empty folder for the new one.</source>
        <translation>文件夹 {folder} 中已经有一个保险箱。请打开该保险箱，或为新保险箱选择一个空文件夹。</translation>
    </message>
    <message>
        <source>This folder already contains a vault. Open that vault, or choose an empty folder for the new one.</source>
        <translation>此文件夹中已经有一个保险箱。请打开该保险箱，或为新保险箱选择一个空文件夹。</translation>
    </message>
    <message>
        <source>This vault is damaged and cannot be opened. Restore it from your latest backup.</source>
        <translation>此保险箱已损坏，无法打开。请用最近的备份还原。</translation>
    </message>
    <message>
        <source>This vault is already open in another ClientVault window, possibly on another computer. Close it there, then try again.</source>
        <translation>此保险箱已在另一个客户保险箱窗口中打开（可能在另一台电脑上）。请先在那里关闭，然后重试。</translation>
    </message>
    <message>
        <source>The key file of this vault contains an entry that is not valid, so the vault cannot be unlocked with it. Restore the vault from your latest backup.</source>
        <translation>此保险箱的密钥文件中有一项无效，无法用它解锁保险箱。请用最近的备份还原保险箱。</translation>
    </message>
    <message>
        <source>These key protection settings are weaker than ClientVault allows, so nothing was saved. Use the default settings.</source>
        <translation>这些密钥保护设置低于客户保险箱允许的最低强度，因此没有保存任何内容。请使用默认设置。</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Choose a longer one, for example a short sentence or several unrelated words that only you know.</source>
        <translation>这个密码太容易被猜到。请换一个更长的密码，例如一句只有您自己知道的话，或几个互不相关的词语。</translation>
    </message>
    <message>
        <source>This recovery key is not valid. Type it again exactly as it appears on your saved copy.</source>
        <translation>此恢复密钥无效。请按您保存的副本原样重新输入。</translation>
    </message>
    <message>
        <source>The system&apos;s password store cannot be used right now, so ClientVault cannot remember you on this computer. Enter your passphrase instead.</source>
        <translation>系统凭据存储暂时无法使用，因此客户保险箱无法在这台电脑上记住您。请改为输入密码。</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of ClientVault. Install the latest version to open it.</source>
        <translation>此保险箱由更高版本的客户保险箱保存。请安装最新版本后再打开。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>磁盘已满。请清理出一些空间后重试；数据没有丢失。</translation>
    </message>
    <message>
        <source>ClientVault could not read or write the file {path}. Check that the disk or USB drive is still connected, then try again.</source>
        <translation>客户保险箱无法读写文件 {path}。请检查磁盘或 U 盘是否仍已连接，然后重试。</translation>
    </message>
    <message>
        <source>ClientVault could not read or write a file. Check that the disk or USB drive is still connected, then try again.</source>
        <translation>客户保险箱无法读写文件。请检查磁盘或 U 盘是否仍已连接，然后重试。</translation>
    </message>
    <message>
        <source>You are not allowed to do this ({action}). Ask an owner of the vault to do it for you or to give you permission.</source>
        <translation>您没有权限执行此操作（{action}）。请让保险箱的所有者代为操作，或为您开通权限。</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask an owner of the vault to do it for you or to give you permission.</source>
        <translation>您没有权限执行此操作。请让保险箱的所有者代为操作，或为您开通权限。</translation>
    </message>
    <message>
        <source>What you asked for no longer exists. It may have been deleted or merged by another user. Refresh the list and try again.</source>
        <translation>您要找的内容已不存在，可能已被其他用户删除或合并。请刷新列表后重试。</translation>
    </message>
    <message>
        <source>A user with this name already exists. Choose a different name.</source>
        <translation>已有同名用户。请换一个用户名。</translation>
    </message>
    <message>
        <source>The last owner of the vault cannot be removed. Make another user an owner first.</source>
        <translation>不能移除保险箱的最后一位所有者。请先将另一位用户设为所有者。</translation>
    </message>
    <message>
        <source>This cannot be done in the record&apos;s current state; it may have been changed in the meantime. Refresh and try again.</source>
        <translation>记录当前的状态不允许此操作，它可能刚刚被修改过。请刷新后重试。</translation>
    </message>
    <message>
        <source>This customer&apos;s data has been permanently erased and can no longer be viewed or changed.</source>
        <translation>此客户的资料已被永久清除，无法再查看或修改。</translation>
    </message>
    <message>
        <source>The access log failed its integrity check: entries may have been removed or changed outside ClientVault. Tell an owner of the vault; if needed, restore the vault from a backup.</source>
        <translation>访问日志未通过完整性校验：可能有记录在客户保险箱之外被删除或改动。请告知保险箱的所有者；如有需要，请用备份还原保险箱。</translation>
    </message>
    <message>
        <source>The backup file {path} is damaged and cannot be used. Nothing was changed. Use another backup, and copy your backups to a second drive from now on.</source>
        <translation>备份文件 {path} 已损坏，无法使用。未做任何更改。请使用另一个备份，并从现在起把备份再复制一份到第二个存储设备上。</translation>
    </message>
    <message>
        <source>This backup file is damaged and cannot be used. Nothing was changed. Use another backup, and copy your backups to a second drive from now on.</source>
        <translation>此备份文件已损坏，无法使用。未做任何更改。请使用另一个备份，并从现在起把备份再复制一份到第二个存储设备上。</translation>
    </message>
    <message>
        <source>The backup file {path} was tampered with or is corrupt: its integrity check failed. Nothing was changed. Use another backup.</source>
        <translation>备份文件 {path} 被篡改或损坏：完整性校验未通过。未做任何更改。请使用另一个备份。</translation>
    </message>
    <message>
        <source>This backup file was tampered with or is corrupt: its integrity check failed. Nothing was changed. Use another backup.</source>
        <translation>此备份文件被篡改或损坏：完整性校验未通过。未做任何更改。请使用另一个备份。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of ClientVault. Install the latest version, then restore it. Nothing was changed.</source>
        <translation>此备份由更新版本的客户保险箱创建。请安装最新版本后再还原。未做任何更改。</translation>
    </message>
    <message>
        <source>This passphrase or recovery key does not open the backup. Only an owner&apos;s passphrase or the recovery key opens a backup, as they were when the backup was made; staff passphrases never do.</source>
        <translation>此密码短语或恢复密钥无法打开该备份。只有所有者的密码短语或恢复密钥（以创建备份时的为准）才能打开备份；员工的密码短语永远不能。</translation>
    </message>
    <message>
        <source>This backup belongs to a different vault than the one in {folder}, so it was not restored over it. Restore it into an empty folder instead.</source>
        <translation>此备份属于另一个保险箱，而不是 {folder} 中的保险箱，因此没有覆盖还原。请将其还原到一个空文件夹中。</translation>
    </message>
    <message>
        <source>This backup belongs to a different vault than the one in this folder, so it was not restored over it. Restore it into an empty folder instead.</source>
        <translation>此备份属于另一个保险箱，而不是此文件夹中的保险箱，因此没有覆盖还原。请将其还原到一个空文件夹中。</translation>
    </message>
    <message>
        <source>Cancelled. Your vault and the backups made earlier are unchanged.</source>
        <translation>已取消。您的保险箱和之前的备份均未改变。</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}. The backups made earlier on it are intact. Check the drive, or choose another destination.</source>
        <translation>无法将备份写入 {path}。其中之前的备份完好无损。请检查该驱动器，或选择其他备份位置。</translation>
    </message>
    <message>
        <source>The backup could not be written to the destination. The backups made earlier on it are intact. Check the drive, or choose another destination.</source>
        <translation>无法将备份写入备份位置。其中之前的备份完好无损。请检查该驱动器，或选择其他备份位置。</translation>
    </message>
    <message>
        <source>ClientVault cannot read {path} as a customer list. Check that it is a CSV, Excel (.xlsx, .xls) or vCard (.vcf) file and that it opens in the program that made it.</source>
        <translation>ClientVault 无法将 {path} 读取为客户名单。请确认它是 CSV、Excel（.xlsx、.xls）或 vCard（.vcf）文件，并且能在生成它的程序中正常打开。</translation>
    </message>
    <message>
        <source>ClientVault cannot read this file as a customer list. Check that it is a CSV, Excel (.xlsx, .xls) or vCard (.vcf) file and that it opens in the program that made it.</source>
        <translation>ClientVault 无法将此文件读取为客户名单。请确认它是 CSV、Excel（.xlsx、.xls）或 vCard（.vcf）文件，并且能在生成它的程序中正常打开。</translation>
    </message>
    <message>
        <source>ClientVault cannot tell how the text in {path} is encoded, and guessing could garble names. Save the file again as &quot;CSV UTF-8&quot; (in Excel: Save As, CSV UTF-8), then import it.</source>
        <translation>ClientVault 无法确定 {path} 中文字的编码，猜测可能会把姓名变成乱码。请将文件另存为“CSV UTF-8”（在 Excel 中：另存为 → CSV UTF-8），然后再导入。</translation>
    </message>
    <message>
        <source>ClientVault cannot tell how the text in this file is encoded, and guessing could garble names. Save the file again as &quot;CSV UTF-8&quot; (in Excel: Save As, CSV UTF-8), then import it.</source>
        <translation>ClientVault 无法确定此文件中文字的编码，猜测可能会把姓名变成乱码。请将文件另存为“CSV UTF-8”（在 Excel 中：另存为 → CSV UTF-8），然后再导入。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported or changed.</source>
        <translation>导入已取消，没有导入或修改任何内容。</translation>
    </message>
    <message>
        <source>No column of this file could be matched to a customer field, so there is nothing to import. Check that the first rows hold column names such as 姓名, 手机 or Email, or choose the columns yourself.</source>
        <translation>此文件没有任何一列能对应到客户字段，因此没有可导入的内容。请确认开头几行有“姓名”“手机”“Email”等列名，或自行指定各列。</translation>
    </message>
    <message>
        <source>The vault was too busy with other work to take a consistent copy of it. Nothing was written. Try the backup again when the current work (for example an import) has finished.</source>
        <translation>保险箱正忙于其他工作，无法取得一致的副本。没有写入任何内容。请在当前工作（例如导入）完成后再试一次备份。</translation>
    </message>
    <message>
        <source>The key file of this vault (it holds every user&apos;s lock) is damaged, so the vault cannot be opened. Restore the vault from your latest backup.</source>
        <translation>此保险箱的密钥文件（保存每位用户的解锁信息）已损坏，无法打开保险箱。请用最近的备份还原保险箱。</translation>
    </message>
    <message>
        <source>The key file of this vault was made by a version of ClientVault that this one cannot read. Install the latest version; if that does not help, restore the vault from your latest backup.</source>
        <translation>此保险箱的密钥文件由另一版本的客户保险箱创建，当前版本无法读取。请安装最新版本；如果仍无法打开，请用最近的备份还原保险箱。</translation>
    </message>
    <message>
        <source>The key file of this vault failed its integrity check: it is damaged or was changed outside ClientVault. Restore the vault from your latest backup.</source>
        <translation>此保险箱的密钥文件未通过完整性校验：文件已损坏，或在客户保险箱之外被改动过。请用最近的备份还原保险箱。</translation>
    </message>
    <message>
        <source>The customer database of this vault is damaged and cannot be read. Restore the vault from your latest backup.</source>
        <translation>此保险箱的客户数据库已损坏，无法读取。请用最近的备份还原保险箱。</translation>
    </message>
    <message>
        <source>The customer database file of this vault is missing; it may have been moved or deleted. Put it back, or restore the vault from your latest backup.</source>
        <translation>此保险箱的客户数据库文件不见了，可能已被移动或删除。请把它放回原处，或用最近的备份还原保险箱。</translation>
    </message>
    <message>
        <source>The customer database file of this vault is not encrypted, so it is not the vault&apos;s own file (it may have been replaced). Restore the vault from your latest backup.</source>
        <translation>此保险箱的客户数据库文件没有加密，说明它不是保险箱原有的文件（可能已被替换）。请用最近的备份还原保险箱。</translation>
    </message>
    <message>
        <source>The access log of this vault is damaged. Restore the vault from your latest backup.</source>
        <translation>此保险箱的访问日志已损坏。请用最近的备份还原保险箱。</translation>
    </message>
    <message>
        <source>The recovery key has too few or too many characters. Type every group exactly as it appears on your saved copy.</source>
        <translation>恢复密钥的字符数不对。请按您保存的副本逐组完整输入。</translation>
    </message>
    <message>
        <source>The recovery key contains characters that never occur in a recovery key. Compare it with your saved copy.</source>
        <translation>输入的内容含有恢复密钥中不会出现的字符。请对照您保存的副本检查。</translation>
    </message>
    <message>
        <source>The recovery key contains a typo. Compare each group with your saved copy.</source>
        <translation>恢复密钥中有输入错误。请逐组与您保存的副本核对。</translation>
    </message>
    <message>
        <source>This computer has no secure password store that ClientVault can use, so it cannot remember you here. Enter your passphrase each time.</source>
        <translation>这台电脑上没有客户保险箱可用的安全凭据存储，因此无法在这里记住您。请每次输入密码。</translation>
    </message>
    <message>
        <source>The password store on this computer is not secure enough, so ClientVault will not remember you here. Enter your passphrase each time.</source>
        <translation>这台电脑上的凭据存储不够安全，因此客户保险箱不会在这里记住您。请每次输入密码。</translation>
    </message>
    <message>
        <source>The system&apos;s password store did not answer in time; it may be locked or waiting for you in another window. Unlock it and try again, or enter your passphrase.</source>
        <translation>系统凭据存储没有及时响应，它可能已锁定，或正在另一个窗口中等待您操作。请将其解锁后重试，或直接输入密码。</translation>
    </message>
    <message>
        <source>The file is empty. Choose the file that holds your customers.</source>
        <translation>文件是空的。请选择包含客户资料的文件。</translation>
    </message>
    <message>
        <source>This file is not a text (CSV) file. If it is an Excel workbook, give it its .xlsx or .xls name; otherwise save it from its program as CSV or Excel, then import it.</source>
        <translation>此文件不是文本（CSV）文件。如果它是 Excel 工作簿，请使用 .xlsx 或 .xls 扩展名；否则请在原程序中另存为 CSV 或 Excel 后再导入。</translation>
    </message>
    <message>
        <source>This Excel file is damaged or is not really an .xlsx workbook. Open it in Excel or WPS and save it again as .xlsx, then import it.</source>
        <translation>此 Excel 文件已损坏，或并不是真正的 .xlsx 工作簿。请在 Excel 或 WPS 中打开并重新另存为 .xlsx，然后再导入。</translation>
    </message>
    <message>
        <source>This old-style Excel (.xls) file is damaged or cannot be read. Open it in Excel or WPS and save it as .xlsx, then import it.</source>
        <translation>此旧版 Excel（.xls）文件已损坏或无法读取。请在 Excel 或 WPS 中打开并另存为 .xlsx，然后再导入。</translation>
    </message>
    <message>
        <source>This file contains no complete contact card (vCard). Export the contacts from your phone or address book again, then import the new file.</source>
        <translation>此文件中没有完整的联系人名片（vCard）。请从手机或通讯录重新导出联系人，然后导入新文件。</translation>
    </message>
    <message>
        <source>No row with column names was found in the first rows of this file. Add a row with column names such as 姓名, 手机, Email above the customers, then import it.</source>
        <translation>在此文件的开头几行中没有找到列名行。请在客户资料上方添加一行列名（如“姓名”“手机”“Email”），然后再导入。</translation>
    </message>
    <message>
        <source>This workbook has no sheet with that name. Choose one of its sheets.</source>
        <translation>此工作簿中没有这个名称的工作表。请选择其中一个工作表。</translation>
    </message>
    <message>
        <source>This workbook contains no sheet with data.</source>
        <translation>此工作簿中没有包含数据的工作表。</translation>
    </message>
    <message>
        <source>The column mapping (template) is not valid: it must map column names to customer fields. Choose the columns again or use another template.</source>
        <translation>列映射（模板）无效：它必须把列名对应到客户字段。请重新指定各列，或使用其他模板。</translation>
    </message>
    <message>
        <source>This file is larger than ClientVault can import at once. Split it into several files and import them one after the other.</source>
        <translation>此文件太大，ClientVault 无法一次导入。请将其拆分为几个文件，依次导入。</translation>
    </message>
    <message>
        <source>This customer no longer exists; it may have been deleted or merged with another customer. Refresh the list.</source>
        <translation>此客户已不存在，可能已被删除或与其他客户合并。请刷新列表。</translation>
    </message>
    <message>
        <source>This user no longer exists. Refresh the list of users.</source>
        <translation>此用户已不存在。请刷新用户列表。</translation>
    </message>
    <message>
        <source>ClientVault no longer remembers you on this computer. Enter your passphrase; you can turn on &quot;Remember me on this computer&quot; again afterwards.</source>
        <translation>客户保险箱在这台电脑上已不再记住您。请输入密码；之后可以重新开启“在此电脑上记住我”。</translation>
    </message>
    <message>
        <source>ClientVault is not allowed to open {path}. Check that you may use this folder and that no other program has the file open, then try again.</source>
        <translation>客户保险箱没有权限打开 {path}。请确认您可以使用此文件夹，并且没有其他程序正在使用该文件，然后重试。</translation>
    </message>
    <message>
        <source>{path} is on a disk that cannot be written to. Choose a folder on another disk.</source>
        <translation>{path} 所在的磁盘无法写入。请选择其他磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>{path} does not exist (any more). Check that it was not moved or deleted, or choose another location.</source>
        <translation>{path} 不存在（或已不存在）。请检查它是否被移动或删除，或选择其他位置。</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing {path}. The disk may be failing: copy your backups to another disk soon.</source>
        <translation>读写 {path} 时磁盘报告了错误。磁盘可能即将损坏：请尽快把备份复制到另一块磁盘上。</translation>
    </message>
    <message>
        <source>This file is not a ClientVault backup (.cvbak), or its beginning is damaged. Choose a backup file. Nothing was changed.</source>
        <translation>此文件不是客户保险箱备份（.cvbak），或其开头已损坏。请选择一个备份文件。未做任何更改。</translation>
    </message>
    <message>
        <source>This backup file is damaged: it is incomplete or has extra data at the end, as happens when a USB drive is removed while it is written. Nothing was changed. Use another backup.</source>
        <translation>此备份文件已损坏：文件不完整或末尾有多余数据，这通常是写入时拔出U盘造成的。未做任何更改。请使用另一个备份。</translation>
    </message>
    <message>
        <source>The backup file is intact, but the vault inside it was already damaged when the backup was made. Nothing was changed. Use an older backup.</source>
        <translation>备份文件本身完好，但其中的保险箱在备份时就已损坏。未做任何更改。请使用更早的备份。</translation>
    </message>
    <message>
        <source>Part of the backup&apos;s contents was tampered with or is corrupt (its integrity check failed), as happens on a failing USB drive. Nothing was changed. Use another backup.</source>
        <translation>备份的部分内容被篡改或损坏（完整性校验未通过），这通常是U盘故障造成的。未做任何更改。请使用另一个备份。</translation>
    </message>
    <message>
        <source>The vault in this backup was saved by a newer version of ClientVault. Install the latest version, then restore it. Nothing was changed.</source>
        <translation>此备份中的保险箱由更新版本的客户保险箱保存。请安装最新版本后再还原。未做任何更改。</translation>
    </message>
    <message>
        <source>This has already been undone. Nothing was changed.</source>
        <translation>此操作已经撤销过，未做任何更改。</translation>
    </message>
    <message>
        <source>The kept customer of this merge was merged again later (merge {merge_id}). Undo merge {merge_id} first, then this one. Nothing was changed.</source>
        <translation>此次合并保留的客户后来又被合并（合并 {merge_id}）。请先撤销合并 {merge_id}，再撤销此次合并。未做任何更改。</translation>
    </message>
    <message>
        <source>The kept customer of this merge was merged again later. Undo that later merge first, then this one. Nothing was changed.</source>
        <translation>此次合并保留的客户后来又被合并。请先撤销后来的那次合并，再撤销此次合并。未做任何更改。</translation>
    </message>
    <message>
        <source>Customer {id} was already merged into another customer (merge {merge_id}), so it cannot be merged again. Nothing was changed.</source>
        <translation>客户 {id} 已合并到另一位客户（合并 {merge_id}），不能再次合并。未做任何更改。</translation>
    </message>
    <message>
        <source>One of these customers was already merged into another customer, so it cannot be merged again. Nothing was changed.</source>
        <translation>其中一位客户已合并到另一位客户，不能再次合并。未做任何更改。</translation>
    </message>
    <message>
        <source>This merge cannot be undone: customer {id} exists again, so the merged record cannot be put back. Nothing was changed.</source>
        <translation>无法撤销此次合并：客户 {id} 已重新存在，被合并的记录无法放回。未做任何更改。</translation>
    </message>
    <message>
        <source>This customer is in the recycle bin. Restore it from the recycle bin first.</source>
        <translation>此客户在回收站中，请先从回收站恢复。</translation>
    </message>
    <message>
        <source>Customers of this import were merged with other customers since (merge {merge_id}). Undo that merge first, then undo the import. Nothing was changed.</source>
        <translation>此次导入的客户之后已与其他客户合并（合并 {merge_id}）。请先撤销该合并，再撤销导入。未做任何更改。</translation>
    </message>
    <message>
        <source>This change was made to a customer that was later merged into this one (merge {merge_id}); it cannot be reverted here. Undo the merge to get that customer back.</source>
        <translation>此修改属于后来合并进本客户的另一位客户（合并 {merge_id}），不能在此撤销。请撤销该合并以恢复那位客户。</translation>
    </message>
    <message>
        <source>There is not enough free space for the backup on {path}. The backups made earlier on it are intact. Delete old files from the drive or use a larger one.</source>
        <translation>{path} 上没有足够的可用空间来存放备份。其中之前的备份完好无损。请删除该驱动器上的旧文件，或使用更大的驱动器。</translation>
    </message>
    <message>
        <source>There is not enough free space for the backup on the destination drive. The backups made earlier on it are intact. Delete old files or use a larger drive.</source>
        <translation>备份位置所在的驱动器上没有足够的可用空间。其中之前的备份完好无损。请删除旧文件，或使用更大的驱动器。</translation>
    </message>
    <message>
        <source>ClientVault cannot write to {path}: the folder or drive is read-only or you may not write there. Check the drive&apos;s write-protect switch or choose another folder.</source>
        <translation>客户保险箱无法写入 {path}：该文件夹或驱动器是只读的，或您没有写入权限。请检查驱动器的写保护开关，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>ClientVault cannot write to the destination: the folder or drive is read-only or you may not write there. Check the drive&apos;s write-protect switch or choose another folder.</source>
        <translation>客户保险箱无法写入备份位置：该文件夹或驱动器是只读的，或您没有写入权限。请检查驱动器的写保护开关，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The destination {path} disappeared while the backup was written; was the USB drive removed? Reconnect it and back up again. The backups made earlier on it are intact.</source>
        <translation>写入备份时备份位置 {path} 消失了；是否拔出了U盘？请重新连接后再次备份。其中之前的备份完好无损。</translation>
    </message>
    <message>
        <source>The destination disappeared while the backup was written; was the USB drive removed? Reconnect it and back up again. The backups made earlier on it are intact.</source>
        <translation>写入备份时备份位置消失了；是否拔出了U盘？请重新连接后再次备份。其中之前的备份完好无损。</translation>
    </message>
    <message>
        <source>{path} is not a folder that exists. Connect the drive or choose an existing folder for the backup.</source>
        <translation>{path} 不是一个存在的文件夹。请连接驱动器，或为备份选择一个已有的文件夹。</translation>
    </message>
    <message>
        <source>The backup destination is not a folder that exists. Connect the drive or choose an existing folder for the backup.</source>
        <translation>备份位置不是一个存在的文件夹。请连接驱动器，或为备份选择一个已有的文件夹。</translation>
    </message>
    <message>
        <source>The backup is larger than the file system of {path} allows for one file (FAT32 drives take at most 4 GB). Use a drive formatted as exFAT or NTFS. The backups made earlier on it are intact.</source>
        <translation>备份文件超过了 {path} 的文件系统允许的单个文件大小（FAT32 格式的驱动器最多 4 GB）。请使用 exFAT 或 NTFS 格式的驱动器。其中之前的备份完好无损。</translation>
    </message>
    <message>
        <source>The backup is larger than the destination drive&apos;s file system allows for one file (FAT32 drives take at most 4 GB). Use a drive formatted as exFAT or NTFS. The backups made earlier on it are intact.</source>
        <translation>备份文件超过了备份位置所在驱动器的文件系统允许的单个文件大小（FAT32 格式的驱动器最多 4 GB）。请使用 exFAT 或 NTFS 格式的驱动器。其中之前的备份完好无损。</translation>
    </message>
    <message>
        <source>The backup written to {path} did not read back correctly, so it was deleted. The drive may be failing: use another drive. The backups made earlier are intact.</source>
        <translation>写入 {path} 的备份回读校验失败，已被删除。该驱动器可能有故障：请使用其他驱动器。之前的备份完好无损。</translation>
    </message>
    <message>
        <source>The backup did not read back correctly from the destination, so it was deleted. The drive may be failing: use another drive. The backups made earlier are intact.</source>
        <translation>备份回读校验失败，已被删除。该驱动器可能有故障：请使用其他驱动器。之前的备份完好无损。</translation>
    </message>
    <message>
        <source>The phone number contains characters that do not belong in a phone number. Use only digits, spaces, dashes and a leading +.</source>
        <translation>电话号码中有不属于电话号码的字符。请只使用数字、空格、短横线和开头的 +。</translation>
    </message>
    <message>
        <source>The country code of this phone number does not exist. Write Chinese numbers without a country code, and foreign numbers with + and the country code, for example +852.</source>
        <translation>此电话号码的国家或地区代码不存在。中国大陆号码无需加国家代码，境外号码请以 + 和国家或地区代码开头，例如 +852。</translation>
    </message>
    <message>
        <source>The phone number is too short. Check that no digits are missing.</source>
        <translation>电话号码太短。请检查是否漏了数字。</translation>
    </message>
    <message>
        <source>The phone number is too long. Check for extra digits, and write an extension after the number, for example 010-6552 9988 ext. 123.</source>
        <translation>电话号码太长。请检查是否多了数字；分机号请写在号码后面，例如 010-6552 9988 转 123。</translation>
    </message>
    <message>
        <source>This landline number has no area code. Add it in front, for example 010-6552 9988.</source>
        <translation>这个座机号码缺少区号。请在前面加上区号，例如 010-6552 9988。</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Check the digits: a Chinese mobile number has 11 digits and starts with 1.</source>
        <translation>这不是有效的电话号码。请检查数字：中国大陆手机号为 11 位，以 1 开头。</translation>
    </message>
    <message>
        <source>An email address needs an @, for example name@example.com.</source>
        <translation>邮箱地址需要包含 @，例如 name@example.com。</translation>
    </message>
    <message>
        <source>This email address is not written correctly. Check for spaces, Chinese punctuation or typos; it should look like name@example.com.</source>
        <translation>邮箱地址的写法不正确。请检查是否有空格、中文标点或输入错误，正确的形式如 name@example.com。</translation>
    </message>
    <message>
        <source>An ID card number contains only digits; only the last character may be an X.</source>
        <translation>身份证号只能由数字组成，只有最后一位可以是 X。</translation>
    </message>
    <message>
        <source>This ID card number contains a typo: its last character does not match the other digits. Compare it with the ID card.</source>
        <translation>身份证号有误：最后一位与前面的数字对不上。请对照身份证核对。</translation>
    </message>
    <message>
        <source>An ID card number has 18 characters (old ones have 15). Check that none are missing or extra.</source>
        <translation>身份证号应为 18 位（旧版为 15 位）。请检查是否有遗漏或多余的字符。</translation>
    </message>
    <message>
        <source>The first digits of this ID card number are not a valid region code. Compare it with the ID card.</source>
        <translation>身份证号开头几位不是有效的地区代码。请对照身份证核对。</translation>
    </message>
    <message>
        <source>The date of birth in this ID card number is not a real date. Compare it with the ID card.</source>
        <translation>身份证号中的出生日期不是有效日期。请对照身份证核对。</translation>
    </message>
    <message>
        <source>A bank card number contains only digits (spaces and dashes are fine).</source>
        <translation>银行卡号只能包含数字（可以有空格和短横线）。</translation>
    </message>
    <message>
        <source>A bank card number has {min} to {max} digits. Check that none are missing or extra.</source>
        <translation>银行卡号应为 {min} 到 {max} 位数字。请检查是否有遗漏或多余的数字。</translation>
    </message>
    <message>
        <source>A WeChat ID contains only letters, digits, _ and -. A mobile number or QQ number can be used as well.</source>
        <translation>微信号只能包含字母、数字、_ 和 -。也可以填写手机号或 QQ 号。</translation>
    </message>
    <message>
        <source>A WeChat ID starts with a letter. A mobile number or QQ number can be used as well.</source>
        <translation>微信号须以字母开头。也可以填写手机号或 QQ 号。</translation>
    </message>
    <message>
        <source>This number is neither a mobile number nor a QQ number, so it cannot be a WeChat ID. Check the digits.</source>
        <translation>这个号码既不是手机号也不是 QQ 号，不能作为微信号。请检查数字。</translation>
    </message>
    <message>
        <source>A WeChat ID has {min} to {max} characters.</source>
        <translation>微信号应为 {min} 到 {max} 个字符。</translation>
    </message>
    <message>
        <source>A QQ number contains only digits.</source>
        <translation>QQ 号只能包含数字。</translation>
    </message>
    <message>
        <source>A QQ number cannot start with 0.</source>
        <translation>QQ 号不能以 0 开头。</translation>
    </message>
    <message>
        <source>A QQ number has 5 to 11 digits.</source>
        <translation>QQ 号应为 5 到 11 位数字。</translation>
    </message>
    <message>
        <source>Write the birthday as year-month-day, for example 1990-03-05, or as month-day only, for example 03-05.</source>
        <translation>请按“年-月-日”填写生日，例如 1990-03-05 或 1990年3月5日；也可以只写月和日，例如 03-05 或 3月5日。</translation>
    </message>
    <message>
        <source>This birthday is not a real date, is in the future, or is before 1900. Check it.</source>
        <translation>生日不是有效日期、晚于今天，或早于 1900 年。请检查。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请填写客户姓名。</translation>
    </message>
    <message>
        <source>Enter the amount as a number, for example 128 or 99.50.</source>
        <translation>请用数字填写金额，例如 128 或 99.50。</translation>
    </message>
    <message>
        <source>Choose one of the roles: owner, staff or viewer.</source>
        <translation>请选择一个角色：所有者、员工或只读用户。</translation>
    </message>
    <message>
        <source>This setting does not accept that value. Choose one of the offered values.</source>
        <translation>此设置不接受这个值。请从提供的选项中选择。</translation>
    </message>
    <message>
        <source>{field}: write the date as year-month-day, for example 2024-03-05.</source>
        <translation>{field}：请按“年-月-日”填写日期，例如 2024-03-05 或 2024年3月5日。</translation>
    </message>
    <message>
        <source>{field} is not a real date, or its year is not between 1900 and 2100.</source>
        <translation>{field}不是有效日期，或年份不在 1900 到 2100 之间。</translation>
    </message>
    <message>
        <source>{field} is empty. Please fill it in.</source>
        <translation>{field}不能为空，请填写。</translation>
    </message>
    <message>
        <source>{field} is required. Please fill it in.</source>
        <translation>{field}为必填项，请填写。</translation>
    </message>
    <message>
        <source>{field} does not accept this value. Check it for typos, or choose one of the offered values.</source>
        <translation>{field}不接受这个值。请检查是否输错，或从提供的选项中选择。</translation>
    </message>
    <message>
        <source>{field} must be a number. Remove any letters or other characters.</source>
        <translation>{field}必须是数字。请删除其中的字母或其他字符。</translation>
    </message>
    <message>
        <source>{field} is too short: it needs at least {min} characters.</source>
        <translation>{field}太短：至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <source>{field} is too short. Check that nothing is missing.</source>
        <translation>{field}太短。请检查是否有遗漏。</translation>
    </message>
    <message>
        <source>{field} is too long: it can have at most {max} characters.</source>
        <translation>{field}太长：最多只能有 {max} 个字符。</translation>
    </message>
    <message>
        <source>{field} is too long. Please shorten it.</source>
        <translation>{field}太长，请缩短。</translation>
    </message>
    <message>
        <source>{field} must have {min} to {max} characters.</source>
        <translation>{field}应为 {min} 到 {max} 个字符。</translation>
    </message>
    <message>
        <source>{field} does not have the right number of characters. Check that nothing is missing or extra.</source>
        <translation>{field}的字符数不对。请检查是否有遗漏或多余的字符。</translation>
    </message>
    <message>
        <source>{field} is not written in a form ClientVault understands. Check it for typos.</source>
        <translation>客户保险箱无法识别{field}的写法。请检查是否输错。</translation>
    </message>
    <message>
        <source>{field} is not written correctly. Check it for typos.</source>
        <translation>{field}的写法不正确。请检查是否输错。</translation>
    </message>
    <message>
        <source>{field} must be between {min} and {max}.</source>
        <translation>{field}必须在 {min} 到 {max} 之间。</translation>
    </message>
    <message>
        <source>{field} is outside the allowed range. Please check it.</source>
        <translation>{field}超出了允许的范围，请检查。</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field}不能为负数。</translation>
    </message>
    <message>
        <source>{field} contains characters that are not allowed. Remove them and try again.</source>
        <translation>{field}中含有不允许的字符。请删除后重试。</translation>
    </message>
    <message>
        <source>{field} cannot start with 0.</source>
        <translation>{field}不能以 0 开头。</translation>
    </message>
    <message>
        <source>{field} must start with a letter.</source>
        <translation>{field}必须以字母开头。</translation>
    </message>
    <message>
        <source>{field} contains a typo: its check digit does not match. Compare it with the original.</source>
        <translation>{field}有输入错误：校验位对不上。请对照原件核对。</translation>
    </message>
    <message>
        <source>The date of birth in {field} is not a real date. Compare it with the original.</source>
        <translation>{field}中的出生日期不是有效日期。请对照原件核对。</translation>
    </message>
    <message>
        <source>The region code in {field} is not valid. Compare it with the original.</source>
        <translation>{field}中的地区代码无效。请对照原件核对。</translation>
    </message>
    <message>
        <source>{field} already has this value. Enter a different one.</source>
        <translation>已存在相同的{field}。请输入其他值。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV, UTF-8 with BOM (Excel)</source>
        <translation>CSV，带 BOM 的 UTF-8（Excel）</translation>
    </message>
    <message>
        <source>CSV, GB18030 (older Excel / WPS)</source>
        <translation>CSV，GB18030（旧版 Excel / WPS）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>vCard contacts (.vcf)</source>
        <translation>vCard 通讯录 (.vcf)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Courier / delivery (name, phone, address)</source>
        <translation>快递 / 配送（姓名、电话、地址）</translation>
    </message>
    <message>
        <source>Marketing (name, phone, email, WeChat, tags)</source>
        <translation>营销（姓名、电话、邮箱、微信、标签）</translation>
    </message>
    <message>
        <source>Address book (contact details)</source>
        <translation>通讯录（联系方式）</translation>
    </message>
    <message>
        <source>Accounting (id, name, company, contacts, address)</source>
        <translation>财务（编号、姓名、公司、联系方式、地址）</translation>
    </message>
    <message>
        <source>All fields except sensitive ones</source>
        <translation>除敏感信息外的所有字段</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Custom choice of fields</source>
        <translation>自选字段</translation>
    </message>
    <message>
        <source>Purpose &amp;preset:</source>
        <translation>用途预设(&amp;P)：</translation>
    </message>
    <message>
        <source>For example: send the spring catalogue by courier</source>
        <translation>例如：快递寄送春季产品目录</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
    <message>
        <source>Fields (only what the purpose needs)</source>
        <translation>字段（只选用途所需）</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Mask phones, emails and ID numbers (138****8000)</source>
        <translation>脱敏电话、邮箱和身份证号（138****8000）</translation>
    </message>
    <message>
        <source>Replace customer numbers by pseudonyms</source>
        <translation>用假名代替客户编号</translation>
    </message>
    <message>
        <source>Which customers</source>
        <translation>导出哪些客户</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>Matching the search:</source>
        <translation>符合搜索：</translation>
    </message>
    <message>
        <source>With the tag:</source>
        <translation>带有标签：</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>Put the file in a password-protected zip (AES-256)</source>
        <translation>将文件放入带密码的压缩包（AES-256）</translation>
    </message>
    <message>
        <source>Archive password</source>
        <translation>压缩包密码</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat the archive password</source>
        <translation>再次输入压缩包密码</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>I understand: the exported file leaves the vault&apos;s protection</source>
        <translation>我明白：导出的文件将不再受保险箱保护</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Your role may not export customers. Ask the owner to export, or to allow you to make masked exports.</source>
        <translation>您的角色不能导出客户。请让所有者导出，或请其允许您进行脱敏导出。</translation>
    </message>
    <message>
        <source>Only the owner can export unmasked values, so phones, emails and ID numbers are masked.</source>
        <translation>只有所有者可以导出未脱敏的值，因此电话、邮箱和身份证号会被脱敏。</translation>
    </message>
    <message>
        <source>ID card, bank card and health note fields need permission to show sensitive information.</source>
        <translation>身份证号、银行卡号和健康备注字段需要“显示敏感信息”的权限。</translation>
    </message>
    <message>
        <source>Password-protected archives are not available in this installation.</source>
        <translation>此安装不支持带密码的压缩包。</translation>
    </message>
    <message>
        <source>Exporting is not permitted for your role.</source>
        <translation>您的角色不允许导出。</translation>
    </message>
    <message>
        <source>Choose at least one field.</source>
        <translation>请至少选择一个字段。</translation>
    </message>
    <message>
        <source>Say what the export is for (it is recorded in the access log).</source>
        <translation>请填写导出用途（会记入访问日志）。</translation>
    </message>
    <message>
        <source>Type the search text, or choose all customers.</source>
        <translation>请输入搜索内容，或选择所有客户。</translation>
    </message>
    <message>
        <source>Choose a tag.</source>
        <translation>请选择一个标签。</translation>
    </message>
    <message>
        <source>The archive password needs at least 8 characters.</source>
        <translation>压缩包密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Confirm that you understand the export is not protected by the vault.</source>
        <translation>请确认您明白导出文件不受保险箱保护。</translation>
    </message>
    <message>
        <source>The file is written inside a password-protected zip archive. Anyone with the password can read it, and once unpacked it is a plain file: send the password separately and delete the file when it is no longer needed.</source>
        <translation>文件将写入带密码的压缩包。任何知道密码的人都能读取，解压后即为明文文件：请单独发送密码，不再需要时删除文件。</translation>
    </message>
    <message>
        <source>An export is a plain, unencrypted file: anyone who gets a copy can read it. Export only what the purpose needs, keep the file safe and delete it when it is no longer needed.</source>
        <translation>导出文件是未加密的明文文件：任何拿到副本的人都能读取。请只导出用途所需的内容，妥善保管，不再需要时删除。</translation>
    </message>
    <message>
        <source>customers-{date}</source>
        <translation>客户-{date}</translation>
    </message>
    <message>
        <source>{kind} files (*{suffix})</source>
        <translation>{kind} 文件 (*{suffix})</translation>
    </message>
    <message>
        <source>Exported {count} customers to {path} (password-protected archive).</source>
        <translation>已将 {count} 位客户导出到 {path}（带密码的压缩包）。</translation>
    </message>
    <message>
        <source>Exported {count} customers to {path}.</source>
        <translation>已将 {count} 位客户导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>QQ number</source>
        <translation>QQ 号</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Bank card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>Health note</source>
        <translation>健康备注</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>国家或地区</translation>
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
        <translation>区/县</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Customer source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Next contact date</source>
        <translation>下次联系日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>购买内容</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Withdrawal date</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最后核实</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A customer list from Excel, WPS, another CRM or your phone&apos;s contacts: CSV or text (.csv, .txt), Excel (.xlsx, .xls) or vCard (.vcf).</source>
        <translation>来自 Excel、WPS、其他 CRM 或手机通讯录的客户名单：CSV 或文本（.csv、.txt）、Excel（.xlsx、.xls）或 vCard（.vcf）。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Nothing is saved until the last step. You can undo a finished import from the Import / Export page.</source>
        <translation>在最后一步之前不会保存任何内容。完成的导入可以在“导入 / 导出”页面撤销。</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Customer lists ({patterns})</source>
        <translation>客户名单 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up ClientVault</source>
        <translation>设置客户保险箱</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Leave setup?</source>
        <translation>退出设置？</translation>
    </message>
    <message>
        <source>Your vault has been created. If you have not saved the recovery key yet, you can make a new one later in Users and settings. Quit now?</source>
        <translation>您的保险箱已经创建。如果还没有保存恢复密钥，之后可以在“用户与设置”中生成新的恢复密钥。现在退出吗？</translation>
    </message>
</context>
<context>
    <name>FollowUpDueModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation>%n 天</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>添加跟进记录</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed</source>
        <translation>沟通了什么，约定了什么</translation>
    </message>
    <message>
        <source>Next contact on</source>
        <translation>下次联系日期</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <source>No follow-ups recorded yet.</source>
        <translation>还没有跟进记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s). Next contact planned for {date}.</source>
        <translation>
            <numerusform>共 %n 条跟进记录。下次联系计划在 {date}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s).</source>
        <translation>
            <numerusform>共 %n 条跟进记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>What changed</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>还没有变更记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. Sensitive values are shown masked.</source>
        <translation>
            <numerusform>共 %n 次变更，最新的在前。敏感信息以遮盖形式显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>Import or system</source>
        <translation>导入或系统</translation>
    </message>
    <message>
        <source>Created the customer</source>
        <translation>创建了客户</translation>
    </message>
    <message>
        <source>Undid an earlier change</source>
        <translation>撤销了之前的修改</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n field(s)</source>
        <translation>
            <numerusform>修改了 %n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>undone later</source>
        <translation>之后已撤销</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Put these fields back to their values before this change</source>
        <translation>将这些字段恢复为此次修改之前的值</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>名在前</translation>
    </message>
</context>
<context>
    <name>ImportModels</name>
    <message>
        <source>Ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>需核对</translation>
    </message>
    <message>
        <source>Skipped (blank row)</source>
        <translation>跳过（空行）</translation>
    </message>
    <message>
        <source>Skipped (total row)</source>
        <translation>跳过（合计行）</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>The row is empty.</source>
        <translation>此行为空。</translation>
    </message>
    <message>
        <source>A total or summary row, not a customer.</source>
        <translation>合计或汇总行，不是客户。</translation>
    </message>
    <message>
        <source>No name, company, phone, email or WeChat ID.</source>
        <translation>没有姓名、公司、电话、邮箱或微信号。</translation>
    </message>
    <message>
        <source>The name is missing or not valid.</source>
        <translation>姓名缺失或无效。</translation>
    </message>
    <message>
        <source>The row could not be read.</source>
        <translation>无法读取此行。</translation>
    </message>
    <message>
        <source>The file ends in the middle of this contact card.</source>
        <translation>文件在这张联系人名片中间结束。</translation>
    </message>
    <message>
        <source>Same mobile or email as an earlier row of this file.</source>
        <translation>与文件中前面某行的手机号或邮箱相同。</translation>
    </message>
    <message>
        <source>Same mobile or email as an existing customer.</source>
        <translation>与已有客户的手机号或邮箱相同。</translation>
    </message>
    <message>
        <source>Matches an existing customer; nothing new to add.</source>
        <translation>与已有客户匹配，没有可添加的新内容。</translation>
    </message>
    <message>
        <source>Probably the same person as an existing customer.</source>
        <translation>很可能与一位已有客户是同一人。</translation>
    </message>
    <message>
        <source>Imported as new, but may be the same person as an existing customer (check Duplicates).</source>
        <translation>已作为新客户导入，但可能与一位已有客户是同一人（请在“查重”中核对）。</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Last follow-up date</source>
        <translation>最后跟进日期</translation>
    </message>
    <message>
        <source>Custom field: {name}</source>
        <translation>自定义字段：{name}</translation>
    </message>
    <message>
        <source>{field} ({group})</source>
        <translation>{field}（{group}）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{score} alike: {reasons}</source>
        <translation>相似度 {score}：{reasons}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段名</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>{imported} new, {updated} updated, {flagged} flagged, {rejected} rejected, {skipped} skipped</source>
        <translation>新建 {imported}，更新 {updated}，待核查 {flagged}，拒绝 {rejected}，跳过 {skipped}</translation>
    </message>
    <message>
        <source>Undone {time}</source>
        <translation>已于 {time} 撤销</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Import #{id}</source>
        <translation>导入 #{id}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Mapping saved as template &quot;{name}&quot;.</source>
        <translation>列映射已保存为模板“{name}”。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported or changed.</source>
        <translation>导入已取消，没有导入或修改任何内容。</translation>
    </message>
    <message>
        <source>The import failed. Nothing was imported or changed.</source>
        <translation>导入失败，没有导入或修改任何内容。</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}. Choose another folder.</source>
        <translation>无法将报告保存到 {path}。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>竖线 (|)</translation>
    </message>
    <message>
        <source>CSV / text</source>
        <translation>CSV / 文本</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>Excel 97–2003 (.xls)</source>
        <translation>Excel 97–2003 工作簿 (.xls)</translation>
    </message>
    <message>
        <source>vCard (contacts)</source>
        <translation>vCard（通讯录）</translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <source>Field</source>
        <translation>字段名</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <source>Give every custom field a name.</source>
        <translation>请为每个自定义字段填写名称。</translation>
    </message>
    <message>
        <source>The custom field “{name}” appears twice.</source>
        <translation>自定义字段“{name}”重复了。</translation>
    </message>
</context>
<context>
    <name>LayoutPage</name>
    <message>
        <source>How the file is read</source>
        <translation>文件读取方式</translation>
    </message>
    <message>
        <source>ClientVault detected these settings. If names look garbled below, choose another encoding.</source>
        <translation>ClientVault 检测到以下设置。如果下方姓名显示为乱码，请选择其他编码。</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <source>Other delimiter</source>
        <translation>其他分隔符</translation>
    </message>
    <message>
        <source>Type the one character that separates the columns.</source>
        <translation>输入分隔各列的那一个字符。</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate columns. Type another character.</source>
        <translation>引号或换行不能用来分隔列，请输入其他字符。</translation>
    </message>
    <message>
        <source>Detected from the file. Choose another one if the columns below are not split right.</source>
        <translation>根据文件自动识别。如果下方的列没有正确分开，请选择其他分隔符。</translation>
    </message>
    <message>
        <source>{columns} columns, about {rows} rows. The first rows as read:</source>
        <translation>{columns} 列，约 {rows} 行。读取到的前几行：</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>ClientVault</source>
        <translation>客户保险箱</translation>
    </message>
    <message>
        <source>Your customer vault is locked.</source>
        <translation>您的客户保险箱已锁定。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>在此电脑上记住我</translation>
    </message>
    <message>
        <source>Unlock with one click next time. The key is kept in this computer&apos;s secure password store; anyone who can sign in to this computer account can then open the vault as you.</source>
        <translation>下次一键解锁。密钥保存在这台电脑的安全凭据存储中；能登录这台电脑此账户的任何人，都可以以您的身份打开保险箱。</translation>
    </message>
    <message>
        <source>“Remember me on this computer” is not available: this computer has no secure password store that ClientVault can use. Enter your passphrase each time.</source>
        <translation>无法使用“在此电脑上记住我”：这台电脑没有客户保险箱可用的安全凭据存储。请每次输入密码。</translation>
    </message>
    <message>
        <source>Unlock (remembered on this computer)</source>
        <translation>解锁（此电脑已记住您）</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Forgot passphrase? Use the recovery key</source>
        <translation>忘记密码？使用恢复密钥</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>ClientVault will remember you on this computer.</source>
        <translation>客户保险箱将在这台电脑上记住您。</translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in {seconds} s.</source>
        <translation>错误次数过多。请在 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <source>The owner&apos;s new passphrase is set. If the recovery key may have been seen by someone else, create a new one in Users and settings.</source>
        <translation>所有者的新密码已设置。如果恢复密钥可能被他人看到过，请在“用户与设置”中生成新的恢复密钥。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ClientVault</source>
        <translation>客户保险箱</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault now ({shortcut})</source>
        <translation>立即锁定保险箱（{shortcut}）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About ClientVault</source>
        <translation>关于客户保险箱(&amp;A)</translation>
    </message>
    <message>
        <source>Go to the page list</source>
        <translation>转到页面列表</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>保险箱(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Encrypted · SQLCipher {version}</source>
        <translation>已加密 · SQLCipher {version}</translation>
    </message>
    <message>
        <source>Encrypted · SQLCipher</source>
        <translation>已加密 · SQLCipher</translation>
    </message>
    <message>
        <source>No verified backup yet</source>
        <translation>尚无已校验的备份</translation>
    </message>
    <message>
        <source>Last backup: today</source>
        <translation>上次备份：今天</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n day(s) ago</source>
        <translation>
            <numerusform>上次备份：%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no verified backup of this vault yet. Back it up to a USB drive now.</source>
        <translation>这个保险箱还没有经过校验的备份。请现在备份到U盘。</translation>
    </message>
    <message numerus="yes">
        <source>The last verified backup is %n day(s) old. Back up the vault to a USB drive.</source>
        <translation>
            <numerusform>上次校验过的备份已是 %n 天前。请把保险箱备份到U盘。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your vault is ready, with {count} sample customers to try things out.</source>
        <translation>您的保险箱已就绪，其中有 {count} 位示例客户，方便您试用。</translation>
    </message>
    <message>
        <source>Your vault is ready.</source>
        <translation>您的保险箱已就绪。</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>闲置 %n 分钟后已自动锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>You have unsaved changes. Quit and discard them?</source>
        <translation>您有未保存的修改。要放弃这些修改并退出吗？</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>Which customer field each column goes to. Suggestions are filled in; change any of them. Below: the first rows as they will be stored.</source>
        <translation>每一列对应哪个客户字段。已自动填入建议，可任意修改。下方预览：前几行将以这样的形式保存。</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Mapping template</source>
        <translation>列映射模板</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>应用模板</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>文件列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段名</translation>
    </message>
    <message>
        <source>Preview (as stored):</source>
        <translation>预览（保存后的样子）：</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>（第 {n} 列）</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>列 {column} 对应的字段</translation>
    </message>
    <message>
        <source>(no saved templates)</source>
        <translation>（没有已保存的模板）</translation>
    </message>
    <message>
        <source>Save mapping template</source>
        <translation>保存列映射模板</translation>
    </message>
    <message>
        <source>Name of the template (for example the program the file came from):</source>
        <translation>模板名称（例如文件来源的软件）：</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <source>Customers already in the vault</source>
        <translation>保险箱中已有的客户</translation>
    </message>
    <message>
        <source>A row matches when it has the same mobile number or email as an existing customer or an earlier row, or when the duplicate finder is sure it is one.</source>
        <translation>手机号或邮箱与已有客户或前面某行相同，或查重功能确定是已有客户的行，视为匹配。</translation>
    </message>
    <message>
        <source>Skip matching rows (keep the existing customers as they are)</source>
        <translation>跳过匹配的行（保持已有客户不变）</translation>
    </message>
    <message>
        <source>Update the existing customers (fill in fields, add phones, emails and tags)</source>
        <translation>更新已有客户（填写字段，添加电话、邮箱和标签）</translation>
    </message>
    <message>
        <source>Create new customers anyway (find duplicates later)</source>
        <translation>仍然新建客户（稍后再查找重复）</translation>
    </message>
    <message>
        <source>Rows that match existing customers</source>
        <translation>与已有客户匹配的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Dry run…</source>
        <translation>试运行中…</translation>
    </message>
    <message>
        <source>Dry run: {imported} new, {updated} updated, {flagged} flagged, {rejected} rejected, {skipped} skipped.</source>
        <translation>试运行：新建 {imported}，更新 {updated}，待核查 {flagged}，拒绝 {rejected}，跳过 {skipped}。</translation>
    </message>
</context>
<context>
    <name>MergeHistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Kept customer</source>
        <translation>保留的客户</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>并入的客户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Undone {date}</source>
        <translation>已于 {date} 撤销</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Verified</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Select a group of possible duplicates to compare them.</source>
        <translation>请选择一组可能重复的客户进行比较。</translation>
    </message>
    <message>
        <source>Fields marked ≠ differ. Pick the value to keep for each; phones, e-mails, addresses, tags and other lists are combined. Purchases, follow-ups, consents and history move to the kept record. A merge can be undone from the merge history.</source>
        <translation>标有 ≠ 的字段不一致，请逐项选择要保留的值；电话、邮箱、地址、标签等列表会合并。购买记录、跟进、授权和历史会转移到保留的记录。合并可在合并记录中撤销。</translation>
    </message>
    <message>
        <source>Keep record</source>
        <translation>保留记录</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <source>Created {created}, last changed {changed}</source>
        <translation>创建于 {created}，最后修改于 {changed}</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>保留此记录</translation>
    </message>
    <message>
        <source>Keep the record of {name} (#{id})</source>
        <translation>保留 {name}（#{id}）的记录</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n 笔购买</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 次跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>The values differ</source>
        <translation>值不一致</translation>
    </message>
    <message>
        <source>{field} (values differ)</source>
        <translation>{field}（值不一致）</translation>
    </message>
    <message>
        <source>All values are kept</source>
        <translation>所有值都会保留</translation>
    </message>
    <message>
        <source>{field}: use the value of {name} (#{id}): {value}</source>
        <translation>{field}：采用 {name}（#{id}）的值：{value}</translation>
    </message>
    <message>
        <source>All of these are kept on the merged record.</source>
        <translation>合并后的记录会保留以上全部值。</translation>
    </message>
    <message>
        <source>{counts} (will move to the kept record)</source>
        <translation>{counts}（将转移到保留的记录）</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>MultiValueEditor</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>You, the owner</source>
        <translation>您是所有者</translation>
    </message>
    <message>
        <source>The owner can do everything, including adding staff accounts.</source>
        <translation>所有者拥有全部权限，包括为员工添加账户。</translation>
    </message>
    <message>
        <source>Choose a passphrase only you know. It is never stored: if it is forgotten, only the recovery key (next step) can open the vault.</source>
        <translation>请设置一个只有您知道的密码。密码不会被保存：一旦忘记，只有恢复密钥（下一步）能打开保险箱。</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>for example 王老板</source>
        <translation>例如：王老板</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Creating your vault and tuning its encryption to this computer…</source>
        <translation>正在创建保险箱，并根据这台电脑调整加密强度…</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>创建保险箱</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>A check of the whole file; nothing is saved yet. Rejected rows are not imported; flagged values are kept as &quot;invalid, needs review&quot;, never as valid.</source>
        <translation>已检查整个文件，尚未保存任何内容。被拒绝的行不会导入；被标记的值将保存为“无效，待核查”，绝不会当作有效值。</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>{rows} rows can be imported: {flagged} with values flagged for review. {rejected} rows rejected, {skipped} skipped (blank, totals, or duplicates).</source>
        <translation>可导入 {rows} 行，其中 {flagged} 行有待核查的值。拒绝 {rejected} 行，跳过 {skipped} 行（空行、合计行或重复）。</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>购买内容</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Add a purchase</source>
        <translation>添加购买记录</translation>
    </message>
    <message>
        <source>e.g. 368.00</source>
        <translation>例如 368.00</translation>
    </message>
    <message>
        <source>What was bought, e.g. 西湖龙井茶礼盒 ×2</source>
        <translation>购买了什么，例如 西湖龙井茶礼盒 ×2</translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation>添加购买</translation>
    </message>
    <message>
        <source>No purchases recorded yet.</source>
        <translation>还没有购买记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s), total {total}</source>
        <translation>
            <numerusform>共 %n 笔购买，合计 {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>No purchase yet.</source>
        <translation>尚未购买。</translation>
    </message>
    <message>
        <source>Latest purchase {days_since_last} days ago; churned after {churn_days} days without one.</source>
        <translation>最近一次购买在 {days_since_last} 天前；连续 {churn_days} 天未购买即视为流失。</translation>
    </message>
    <message>
        <source>No purchase for {days_since_last} days (churned from {churn_days} days).</source>
        <translation>已 {days_since_last} 天未购买（满 {churn_days} 天即视为流失）。</translation>
    </message>
    <message>
        <source>No purchase yet, so neither new, old nor returning.</source>
        <translation>尚未购买，因此不属于新客户、老客户或回头客。</translation>
    </message>
    <message>
        <source>First purchase {days_since_first} days ago (new within {new_days} days).</source>
        <translation>首次购买在 {days_since_first} 天前（{new_days} 天内为新客户）。</translation>
    </message>
    <message>
        <source>{purchases} purchases, the latest {days_since_last} days ago (returning within {returning_days} days).</source>
        <translation>共购买 {purchases} 次，最近一次在 {days_since_last} 天前（{returning_days} 天内再次购买为回头客）。</translation>
    </message>
    <message>
        <source>{purchases} purchases: the first {days_since_first} days ago, the latest {days_since_last} days ago.</source>
        <translation>共购买 {purchases} 次：首次在 {days_since_first} 天前，最近一次在 {days_since_last} 天前。</translation>
    </message>
    <message>
        <source>{recent} purchases in the last 365 days (high from {high}).</source>
        <translation>近 365 天购买 {recent} 次（{high} 次及以上为高频）。</translation>
    </message>
    <message>
        <source>{recent} purchases in the last 365 days (medium from {mid}, high from {high}).</source>
        <translation>近 365 天购买 {recent} 次（{mid} 次及以上为中频，{high} 次及以上为高频）。</translation>
    </message>
    <message>
        <source>{recent} purchases in the last 365 days (medium from {mid}).</source>
        <translation>近 365 天购买 {recent} 次（{mid} 次及以上为中频）。</translation>
    </message>
    <message>
        <source>No purchase in the last 365 days.</source>
        <translation>近 365 天没有购买。</translation>
    </message>
    <message>
        <source>Recency {r}, frequency {f}, monetary {m} (of 5; 3 or more is high): latest purchase {days_since_last} days ago, {purchases} purchases, {total} in total.</source>
        <translation>最近度 {r}、频率 {f}、金额 {m}（满分 5，3 及以上为高）：最近一次购买在 {days_since_last} 天前，共购买 {purchases} 次，合计 {total}。</translation>
    </message>
    <message>
        <source>No purchase yet, so no RFM scores.</source>
        <translation>尚未购买，因此没有 RFM 评分。</translation>
    </message>
    <message>
        <source>Rule {code}.</source>
        <translation>规则 {code}。</translation>
    </message>
    <message>
        <source>From the address: province “{value}”.</source>
        <translation>依据地址：省份“{value}”。</translation>
    </message>
    <message>
        <source>From the address: city “{value}” is in {region}.</source>
        <translation>依据地址：城市“{value}”属于{region}。</translation>
    </message>
    <message>
        <source>From the address: “{value}…” is in {region}.</source>
        <translation>依据地址：“{value}…”属于{region}。</translation>
    </message>
    <message>
        <source>From the address: country {value}.</source>
        <translation>依据地址：国家/地区 {value}。</translation>
    </message>
    <message>
        <source>From the phone number: {prefix}… is a number in {region}.</source>
        <translation>依据电话号码：{prefix}… 是{region}的号码。</translation>
    </message>
    <message>
        <source>Neither an address nor a phone number tells the region.</source>
        <translation>地址和电话号码都无法确定地区。</translation>
    </message>
    <message>
        <source>Source channel recorded as “{source}”.</source>
        <translation>记录的来源渠道为“{source}”。</translation>
    </message>
    <message>
        <source>No source channel recorded.</source>
        <translation>未记录来源渠道。</translation>
    </message>
    <message>
        <source>Tagged “{tag}”.</source>
        <translation>带有标签“{tag}”。</translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation>没有标签。</translation>
    </message>
    <message>
        <source>Matches “{rule}”: {conditions}.</source>
        <translation>符合“{rule}”：{conditions}。</translation>
    </message>
    <message>
        <source>Matches none of the {rules} custom segments.</source>
        <translation>不符合 {rules} 个自定义分群中的任何一个。</translation>
    </message>
    <message>
        <source>No custom segments are defined.</source>
        <translation>尚未定义自定义分群。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>使用恢复密钥解锁</translation>
    </message>
    <message>
        <source>Type the recovery key from your emergency kit, then choose a new passphrase for the owner. Capital or small letters and the dashes do not matter.</source>
        <translation>请输入应急恢复包上的恢复密钥，然后为所有者设置新密码。大小写和短横线都不影响。</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>New owner passphrase:</source>
        <translation>所有者新密码：</translation>
    </message>
    <message>
        <source>Repeat the new passphrase:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>Unlock and set passphrase</source>
        <translation>解锁并设置密码</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. Check that it is the key of this vault (the vault ID is printed on the emergency kit) and that every group is typed correctly.</source>
        <translation>这个恢复密钥打不开此保险箱。请确认它属于此保险箱（应急恢复包上印有保险箱 ID），并检查每组字符是否输入正确。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>This is your new recovery key. The old one no longer works. It is shown only now: save the emergency kit and print it, or write the key down, and keep it away from this computer.</source>
        <translation>这是您的新恢复密钥，旧的恢复密钥已失效。它只显示这一次：请保存应急恢复包并打印，或把密钥抄下来，并存放在远离这台电脑的地方。</translation>
    </message>
    <message>
        <source>Save emergency kit (PDF)…</source>
        <translation>保存应急恢复包（PDF）…</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>复制密钥</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>我已打印或抄下恢复密钥</translation>
    </message>
    <message>
        <source>The emergency kit could not be saved there. Choose another folder.</source>
        <translation>无法将应急恢复包保存到该位置。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Saved: {path}. Print it now, then keep the paper safe.</source>
        <translation>已保存：{path}。请立即打印，并妥善保管纸质版。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <source>This is the only time it is shown.</source>
        <translation>它只会显示这一次。</translation>
    </message>
    <message>
        <source>If the owner&apos;s passphrase is ever forgotten, this key is the only way into the vault. Save the emergency kit and print it, or write the key on paper.</source>
        <translation>如果所有者忘记了密码，这个密钥是打开保险箱的唯一途径。请保存应急恢复包并打印，或把密钥抄在纸上。</translation>
    </message>
    <message>
        <source>Save emergency kit (PDF)…</source>
        <translation>保存应急恢复包（PDF）…</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>复制密钥</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after a few seconds.</source>
        <translation>几秒钟后会自动清空剪贴板。</translation>
    </message>
    <message>
        <source>Keep it away from this computer and from your backups — for example in a locked drawer. Anyone with this key and a copy of the vault can open it.</source>
        <translation>请把它与这台电脑和备份分开存放，例如放在上锁的抽屉里。任何人只要拿到这个密钥和保险箱的副本，就能打开保险箱。</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>我已打印或抄下恢复密钥</translation>
    </message>
    <message>
        <source>The emergency kit could not be saved there. Choose another folder.</source>
        <translation>无法将应急恢复包保存到该位置。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Saved: {path}. Print it now, then keep the paper safe.</source>
        <translation>已保存：{path}。请立即打印，并妥善保管纸质版。</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Hong Kong, China</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Taiwan, China</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>Macao, China</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京市</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>天津市</translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation>河北省</translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation>山西省</translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation>内蒙古自治区</translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation>辽宁省</translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation>吉林省</translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation>黑龙江省</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海市</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>江苏省</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>浙江省</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>安徽省</translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation>福建省</translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation>江西省</translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation>山东省</translation>
    </message>
    <message>
        <source>Henan</source>
        <translation>河南省</translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation>湖北省</translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation>湖南省</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>广东省</translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation>广西壮族自治区</translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation>海南省</translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation>重庆市</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>四川省</translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation>贵州省</translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation>云南省</translation>
    </message>
    <message>
        <source>Tibet</source>
        <translation>西藏自治区</translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation>陕西省</translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation>甘肃省</translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation>青海省</translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation>宁夏回族自治区</translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation>新疆维吾尔自治区</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾省</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港特别行政区</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>澳门特别行政区</translation>
    </message>
    <message>
        <source>China (province unknown)</source>
        <translation>中国（省份未知）</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Import #{id} of {file} is done: {imported} new, {updated} updated, {flagged} flagged for review, {rejected} rejected, {skipped} skipped. You can undo it from the Import / Export page.</source>
        <translation>{file} 的导入 #{id} 已完成：新建 {imported}，更新 {updated}，待核查 {flagged}，拒绝 {rejected}，跳过 {skipped}。可以在“导入 / 导出”页面撤销此次导入。</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>Reset passphrase</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>Set a new passphrase for {name}. Tell it to them in person; they can change it later. If this computer remembered them, it will ask for the passphrase again.</source>
        <translation>为 {name} 设置新密码。请当面告诉对方，对方之后可以自行修改。如果这台电脑记住了对方，下次会重新要求输入密码。</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>设置密码</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role and permissions</source>
        <translation>角色与权限</translation>
    </message>
    <message>
        <source>Role and permissions of {name}</source>
        <translation>{name} 的角色与权限</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>May reveal sensitive fields (ID number, bank account)</source>
        <translation>可查看敏感字段（身份证号、银行账号）</translation>
    </message>
    <message>
        <source>May export (masked or minimized)</source>
        <translation>可导出（脱敏或最少字段）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <source>Can do everything: users, settings, keys, exports and erasure.</source>
        <translation>拥有全部权限：用户、设置、密钥、导出和彻底删除。</translation>
    </message>
    <message>
        <source>Can view, add and edit customers and import. Revealing sensitive fields and exporting only if allowed below.</source>
        <translation>可以查看、添加、编辑客户和导入数据。查看敏感字段和导出需在下方单独允许。</translation>
    </message>
    <message>
        <source>Can only view and search customers.</source>
        <translation>只能查看和搜索客户。</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Custom segment</source>
        <translation>自定义分群</translation>
    </message>
    <message>
        <source>Edit custom segment</source>
        <translation>编辑自定义分群</translation>
    </message>
    <message>
        <source>For example: Big spenders in Guangdong</source>
        <translation>例如：广东的大客户</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Customers in this segment meet all of these conditions:</source>
        <translation>属于此分群的客户满足以下全部条件：</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>请为分群命名。</translation>
    </message>
    <message>
        <source>Another custom segment already has this name.</source>
        <translation>已有同名的自定义分群。</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Total spent</source>
        <translation>消费总额</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Number of purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Total spent (cents)</source>
        <translation>消费总额（分）</translation>
    </message>
    <message>
        <source>Days since the latest purchase</source>
        <translation>距最近一次购买的天数</translation>
    </message>
    <message>
        <source>Days since the first purchase</source>
        <translation>距首次购买的天数</translation>
    </message>
    <message>
        <source>Purchases in the last 365 days</source>
        <translation>近 365 天购买次数</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Transaction time</source>
        <translation>交易时间</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>购买频率</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少为</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>至多为</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>{field} {operator} {value}</source>
        <translation>{field}{operator} {value}</translation>
    </message>
    <message>
        <source> and </source>
        <translation>，且</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>请为分群命名。</translation>
    </message>
    <message>
        <source>A segment name has at most {max} characters.</source>
        <translation>分群名称最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Another segment is already called “{name}”.</source>
        <translation>已有名为“{name}”的分群。</translation>
    </message>
    <message>
        <source>Add at least one condition.</source>
        <translation>请至少添加一个条件。</translation>
    </message>
    <message>
        <source>A segment has at most {max} conditions.</source>
        <translation>一个分群最多 {max} 个条件。</translation>
    </message>
    <message>
        <source>A condition looks at a field that does not exist.</source>
        <translation>某个条件使用了不存在的字段。</translation>
    </message>
    <message>
        <source>A condition uses an unknown comparison.</source>
        <translation>某个条件使用了未知的比较方式。</translation>
    </message>
    <message>
        <source>“{operator}” cannot be used with {field}.</source>
        <translation>“{operator}”不能用于{field}。</translation>
    </message>
    <message>
        <source>{field} needs a whole number.</source>
        <translation>{field}需要填写整数。</translation>
    </message>
    <message>
        <source>{field} needs a value to look for.</source>
        <translation>{field}需要填写要查找的内容。</translation>
    </message>
    <message>
        <source>This segment cannot be saved.</source>
        <translation>无法保存此分群。</translation>
    </message>
    <message>
        <source>The medium threshold must be below the high one.</source>
        <translation>中档阈值必须低于高档阈值。</translation>
    </message>
    <message>
        <source>Use a whole number from {min} to {max}.</source>
        <translation>请填写 {min} 到 {max} 之间的整数。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Custom segments</source>
        <translation>自定义分群</translation>
    </message>
    <message>
        <source>A custom segment collects the customers who meet all its conditions. A customer can be in several custom segments.</source>
        <translation>自定义分群包含满足其全部条件的客户。一位客户可以同时属于多个自定义分群。</translation>
    </message>
    <message>
        <source>Only the owner can change custom segments; you can see them.</source>
        <translation>只有所有者可以修改自定义分群；您可以查看。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source>Delete custom segment</source>
        <translation>删除自定义分群</translation>
    </message>
    <message>
        <source>Delete the custom segment “{name}”? The customers are not changed.</source>
        <translation>删除自定义分群“{name}”吗？客户资料不会改变。</translation>
    </message>
    <message>
        <source>Custom segment deleted.</source>
        <translation>自定义分群已删除。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>All or nothing: if you cancel, nothing is imported.</source>
        <translation>要么全部导入，要么都不导入：如果取消，不会导入任何内容。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>{done} of {total} rows…</source>
        <translation>{done} / {total} 行…</translation>
    </message>
</context>
<context>
    <name>SampleDataPage</name>
    <message>
        <source>Almost done</source>
        <translation>即将完成</translation>
    </message>
    <message>
        <source>Your vault is ready.</source>
        <translation>您的保险箱已就绪。</translation>
    </message>
    <message>
        <source>You can start with an empty vault and add or import your own customers, or try ClientVault first with invented sample customers.</source>
        <translation>您可以从空的保险箱开始，添加或导入自己的客户；也可以先用虚构的示例客户试用客户保险箱。</translation>
    </message>
    <message>
        <source>Start with sample data (about {count} invented customers)</source>
        <translation>使用示例数据开始（约 {count} 位虚构客户）</translation>
    </message>
    <message>
        <source>The sample customers, purchases and follow-ups are made up. Use a separate vault for trying things out if you do not want them mixed with real customers.</source>
        <translation>示例客户、购买记录和跟进记录都是虚构的。如果不想与真实客户混在一起，请另建一个保险箱用于试用。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>打开我的保险箱</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Adding sample customers…</source>
        <translation>正在添加示例客户…</translation>
    </message>
    <message>
        <source>{count} sample customers added.</source>
        <translation>已添加 {count} 位示例客户。</translation>
    </message>
    <message>
        <source>Cancelled: no sample data was added. Press “Open my vault” to start with an empty vault.</source>
        <translation>已取消：没有添加示例数据。点击“打开我的保险箱”，从空的保险箱开始。</translation>
    </message>
</context>
<context>
    <name>SegmentBanner</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show all customers again</source>
        <translation>重新显示全部客户</translation>
    </message>
    <message numerus="yes">
        <source>Showing segment: {name} (%n customer(s))</source>
        <translation>
            <numerusform>正在显示分群：{name}（%n 位客户）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentChart</name>
    <message>
        <source>{count} · {share}</source>
        <translation>{count} · {share}</translation>
    </message>
    <message>
        <source>No customers to show</source>
        <translation>没有可显示的客户</translation>
    </message>
    <message>
        <source>{name}: {value}. Click to show these customers.</source>
        <translation>{name}：{value}。点击查看这些客户。</translation>
    </message>
    <message>
        <source>Segment chart</source>
        <translation>分群图表</translation>
    </message>
    <message>
        <source>{name}: {value}. Press Enter to show these customers; use the arrow keys to move between segments.</source>
        <translation>{name}：{value}。按 Enter 查看这些客户；用方向键在分群之间移动。</translation>
    </message>
</context>
<context>
    <name>SegmentCountsModel</name>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>SegmentReasonColumn</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>SegmentTab</name>
    <message>
        <source>Segment chart: {name}</source>
        <translation>分群图表：{name}</translation>
    </message>
    <message>
        <source>Segment counts</source>
        <translation>分群人数</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>建议措施</translation>
    </message>
    <message>
        <source>Suggested action for the selected segment</source>
        <translation>所选分群的建议措施</translation>
    </message>
    <message>
        <source>No suggested action for this segment yet.</source>
        <translation>此分群暂无建议措施。</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Go back to the suggested default text</source>
        <translation>恢复为默认的建议文字</translation>
    </message>
    <message>
        <source>Save action</source>
        <translation>保存措施</translation>
    </message>
    <message>
        <source>Show customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>Open the customer list filtered to the selected segment</source>
        <translation>打开只显示所选分群的客户列表</translation>
    </message>
    <message>
        <source>Export segment…</source>
        <translation>导出该分群…</translation>
    </message>
    <message>
        <source>Only the owner can change suggested actions.</source>
        <translation>只有所有者可以修改建议措施。</translation>
    </message>
    <message>
        <source>Your own text.</source>
        <translation>您自定义的文字。</translation>
    </message>
    <message>
        <source>Default text.</source>
        <translation>默认文字。</translation>
    </message>
</context>
<context>
    <name>SensitiveField</name>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the full value. Every reveal is recorded in the access log.</source>
        <translation>显示完整内容。每次显示都会记入访问日志。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the full value; it is cleared from the clipboard after a few seconds. Recorded in the access log.</source>
        <translation>复制完整内容；几秒后会从剪贴板自动清除。此操作会记入访问日志。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Type the new value; leave empty to remove the stored one</source>
        <translation>输入新值；留空将删除已保存的值</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Keep stored value</source>
        <translation>保留原值</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Users and settings</source>
        <translation>用户与设置</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Your account and keys</source>
        <translation>我的账户与密钥</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Everyone who uses ClientVault on this computer has their own account and passphrase. Roles decide what each person may do inside the app; every action is recorded in the access log.</source>
        <translation>在这台电脑上使用客户保险箱的每个人都有自己的账户和密码。角色决定每个人在软件中能做什么；所有操作都会记入访问日志。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>May reveal</source>
        <translation>可查看敏感信息</translation>
    </message>
    <message>
        <source>May export</source>
        <translation>可导出</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Role and permissions…</source>
        <translation>角色与权限…</translation>
    </message>
    <message>
        <source>Reset passphrase…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <source>Remove user…</source>
        <translation>移除用户…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Change the passphrase you use to unlock ClientVault.</source>
        <translation>修改您用来解锁客户保险箱的密码。</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>在此电脑上记住我</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>The recovery key opens the vault when the owner&apos;s passphrase is forgotten. Make a new one if yours is lost or someone else may have seen it; the old one then stops working.</source>
        <translation>所有者忘记密码时，可以用恢复密钥打开保险箱。如果恢复密钥丢失或可能被他人看到，请生成新的；旧的随即失效。</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>生成新的恢复密钥…</translation>
    </message>
    <message>
        <source>Vault key</source>
        <translation>保险箱密钥</translation>
    </message>
    <message>
        <source>Give the vault a new secret key, for example after someone left who had a copy of the vault files. Everyone keeps their passphrase. This can take a moment for a large vault.</source>
        <translation>为保险箱更换新的密钥，例如某位持有保险箱文件副本的人离职之后。每个人的密码保持不变。保险箱较大时可能需要一点时间。</translation>
    </message>
    <message>
        <source>Rotate vault key…</source>
        <translation>更换保险箱密钥…</translation>
    </message>
    <message>
        <source>Saved in the vault (for everyone)</source>
        <translation>保存在保险箱中（对所有用户生效）</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>闲置多久后锁定：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Clear copied values after:</source>
        <translation>复制的内容多久后清除：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Default phone region:</source>
        <translation>默认电话区域：</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as numbers of this region.</source>
        <translation>未带国家/地区代码的电话号码，将按此区域的号码识别。</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>The language is switched at once and also used on the login screen.</source>
        <translation>语言会立即切换，登录界面也使用此语言。</translation>
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
        <source>{name} (you)</source>
        <translation>{name}（您）</translation>
    </message>
    <message>
        <source>To change your own passphrase, use “Your account and keys”.</source>
        <translation>要修改您自己的密码，请使用“我的账户与密钥”。</translation>
    </message>
    <message>
        <source>The user was added.</source>
        <translation>已添加用户。</translation>
    </message>
    <message>
        <source>Role and permissions saved.</source>
        <translation>角色与权限已保存。</translation>
    </message>
    <message>
        <source>The new passphrase is set.</source>
        <translation>新密码已设置。</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>移除用户</translation>
    </message>
    <message>
        <source>Remove {name}? They will no longer be able to unlock the vault. What they did stays in the access log.</source>
        <translation>要移除 {name} 吗？对方将无法再解锁保险箱。对方做过的操作仍保留在访问日志中。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Also rotate the vault key (recommended if they may have a copy of the vault files)</source>
        <translation>同时更换保险箱密钥（如果对方可能持有保险箱文件的副本，建议勾选）</translation>
    </message>
    <message>
        <source>{name} was removed and the vault key was rotated.</source>
        <translation>已移除 {name}，并已更换保险箱密钥。</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>已移除 {name}。</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>“Remember me on this computer” is not available: this computer has no secure password store that ClientVault can use.</source>
        <translation>无法使用“在此电脑上记住我”：这台电脑没有客户保险箱可用的安全凭据存储。</translation>
    </message>
    <message>
        <source>When on, you unlock with one click on this computer: the key is kept in the system&apos;s secure password store. Anyone who can sign in to this computer account can then open the vault as you.</source>
        <translation>开启后，您在这台电脑上可一键解锁：密钥保存在系统的安全凭据存储中。能登录这台电脑此账户的任何人，都可以以您的身份打开保险箱。</translation>
    </message>
    <message>
        <source>ClientVault will remember you on this computer.</source>
        <translation>客户保险箱将在这台电脑上记住您。</translation>
    </message>
    <message>
        <source>ClientVault no longer remembers you on this computer.</source>
        <translation>客户保险箱已不再在这台电脑上记住您。</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>Make a new recovery key? The current one stops working at once, so replace every printed copy.</source>
        <translation>要生成新的恢复密钥吗？当前的恢复密钥会立即失效，请替换所有打印件。</translation>
    </message>
    <message>
        <source>Rotate vault key</source>
        <translation>更换保险箱密钥</translation>
    </message>
    <message>
        <source>Give the vault a new key now? Everyone keeps their passphrase, and the recovery key keeps working. Copies of the old vault files will no longer open with the new key.</source>
        <translation>现在为保险箱更换新密钥吗？每个人的密码不变，恢复密钥也继续有效。旧的保险箱文件副本将无法用新密钥打开。</translation>
    </message>
    <message>
        <source>The vault key was rotated.</source>
        <translation>保险箱密钥已更换。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Vault in use</source>
        <translation>保险箱正在使用中</translation>
    </message>
    <message>
        <source>Another program is working on the vault in {folder} right now (for example a backup or restore started from the command line). Wait until it has finished, then choose Retry.</source>
        <translation>另一个程序正在处理 {folder} 中的保险箱（例如从命令行启动的备份或恢复）。请等待其完成后选择“重试”。</translation>
    </message>
    <message>
        <source>ClientVault is already open for this vault: switched to its window.</source>
        <translation>此保险箱已在客户保险箱中打开：已切换到该窗口。</translation>
    </message>
    <message>
        <source>Only the vault&apos;s owner can restore a backup ({file}).</source>
        <translation>只有保险箱所有者才能恢复备份（{file}）。</translation>
    </message>
    <message>
        <source>Unlock the vault to restore the backup {file}.</source>
        <translation>请先解锁保险箱，再恢复备份 {file}。</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Use at least 8 characters — a short sentence or several unrelated words is easy to remember and hard to guess.</source>
        <translation>至少 8 个字符。用一句短话或几个不相关的词，好记又难猜。</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>至少 8 个字符。</translation>
    </message>
    <message>
        <source>Checking strength…</source>
        <translation>正在检查强度…</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>非常强</translation>
    </message>
    <message>
        <source>Strength: {level}</source>
        <translation>强度：{level}</translation>
    </message>
    <message>
        <source>it is shorter than {count} characters</source>
        <translation>少于 {count} 个字符</translation>
    </message>
    <message>
        <source>it is too easy to guess (common words, names, dates or keyboard patterns)</source>
        <translation>太容易被猜到（常见词、名字、日期或键盘排列）</translation>
    </message>
    <message>
        <source>Strength: {level}. Not accepted for an owner: {reason}. Add more words.</source>
        <translation>强度：{level}。不能用作所有者密码：{reason}。请再多加几个词。</translation>
    </message>
    <message>
        <source>Strength: {level}. Not accepted: {reason}. Add more words.</source>
        <translation>强度：{level}。不能使用：{reason}。请再多加几个词。</translation>
    </message>
</context>
<context>
    <name>SuggestedActions</name>
    <message>
        <source>Convert: send an introductory offer</source>
        <translation>促成首单：发送新客优惠</translation>
    </message>
    <message>
        <source>Keep in touch: thank-you note, new arrivals</source>
        <translation>保持联系：感谢问候、上新通知</translation>
    </message>
    <message>
        <source>Win back: call with an offer</source>
        <translation>挽回：电话联系并提供优惠</translation>
    </message>
    <message>
        <source>Welcome: follow up on the first purchase</source>
        <translation>欢迎：回访首次购买体验</translation>
    </message>
    <message>
        <source>Reward loyalty: member discount</source>
        <translation>回馈忠诚：会员折扣</translation>
    </message>
    <message>
        <source>Reactivate: remind of what they bought</source>
        <translation>唤醒：提醒其曾购买的商品</translation>
    </message>
    <message>
        <source>VIP care: priority service and early access</source>
        <translation>VIP 关怀：优先服务、新品抢先</translation>
    </message>
    <message>
        <source>Grow: bundle or volume offer</source>
        <translation>提升：套餐或量大优惠</translation>
    </message>
    <message>
        <source>Encourage a repeat purchase: coupon</source>
        <translation>促进复购：发放优惠券</translation>
    </message>
    <message>
        <source>Keep them delighted: personal thanks, VIP perks</source>
        <translation>重点维护：专属感谢、VIP 权益</translation>
    </message>
    <message>
        <source>Buy more often: membership or subscription</source>
        <translation>提高频次：会员或订阅</translation>
    </message>
    <message>
        <source>Recent silence: call before they drift away</source>
        <translation>近期沉默：及时电话联系，防止流失</translation>
    </message>
    <message>
        <source>Win back a big spender: personal visit</source>
        <translation>挽回高价值客户：登门拜访</translation>
    </message>
    <message>
        <source>Raise the basket: recommend higher-value items</source>
        <translation>提高客单价：推荐高价值商品</translation>
    </message>
    <message>
        <source>Nurture: useful content and small offers</source>
        <translation>培养：实用内容与小额优惠</translation>
    </message>
    <message>
        <source>Remind: seasonal offer</source>
        <translation>提醒：季节性优惠</translation>
    </message>
    <message>
        <source>Low priority: include in mass campaigns</source>
        <translation>低优先级：纳入群发活动</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add a tag, then press Enter</source>
        <translation>输入标签后按回车</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>删除此标签</translation>
    </message>
    <message>
        <source>Tag {tag}</source>
        <translation>标签 {tag}</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Import customers from CSV, Excel or vCard (contacts) files</source>
        <translation>从 CSV、Excel 或 vCard（通讯录）文件导入客户</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Remove the customers this import created and revert its changes to existing customers</source>
        <translation>删除此次导入新建的客户，并撤回它对已有客户的修改</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export customers with only the fields a purpose needs</source>
        <translation>按用途只导出所需字段</translation>
    </message>
    <message>
        <source>Data-subject requests (a customer asks for a copy of everything you hold about them): open the customer and use its export, or export it here by customer number.</source>
        <translation>个人信息查阅请求（客户要求获取您保存的其全部信息）：请打开该客户并使用其导出功能，或在此按客户编号导出。</translation>
    </message>
    <message>
        <source>Export everything about one customer…</source>
        <translation>导出某位客户的全部信息…</translation>
    </message>
    <message>
        <source>Import / Export</source>
        <translation>导入 / 导出</translation>
    </message>
    <message>
        <source>Only the owner can export everything about a customer.</source>
        <translation>只有所有者可以导出客户的全部信息。</translation>
    </message>
    <message>
        <source>Your role may not export customers. The owner can allow you to make masked exports.</source>
        <translation>您的角色不能导出客户。所有者可以允许您进行脱敏导出。</translation>
    </message>
    <message>
        <source>Your exports are masked (138****8000); only the owner can export full values. Every export is recorded in the access log.</source>
        <translation>您的导出会被脱敏（138****8000）；只有所有者可以导出完整信息。每次导出都会记入访问日志。</translation>
    </message>
    <message>
        <source>Exports are plain files outside the vault. Every export is recorded in the access log with its purpose, fields and count.</source>
        <translation>导出文件是保险箱之外的明文文件。每次导出都会连同用途、字段和数量记入访问日志。</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>尚无导入记录。</translation>
    </message>
    <message>
        <source>Imported {file}: {imported} new, {updated} updated, {flagged} flagged, {rejected} rejected, {skipped} skipped.</source>
        <translation>已导入 {file}：新建 {imported}，更新 {updated}，待核查 {flagged}，拒绝 {rejected}，跳过 {skipped}。</translation>
    </message>
    <message>
        <source>Undo the import of {file}? The customers it created are removed for good, and its changes to existing customers are reverted.</source>
        <translation>撤销 {file} 的导入？它新建的客户将被永久删除，它对已有客户的修改将被撤回。</translation>
    </message>
    <message>
        <source>Import undone: {deleted} customers removed, {reverted} customers restored.</source>
        <translation>已撤销导入：删除了 {deleted} 位客户，恢复了 {reverted} 位客户。</translation>
    </message>
    <message>
        <source>{count} customers changed since could not be restored.</source>
        <translation>有 {count} 位客户在此后被修改过，无法恢复。</translation>
    </message>
    <message>
        <source>Exported {count} customers to {path}.</source>
        <translation>已将 {count} 位客户导出到 {path}。</translation>
    </message>
    <message>
        <source>Data-subject export</source>
        <translation>个人信息副本导出</translation>
    </message>
    <message>
        <source>Customer number (shown in the customer&apos;s title):</source>
        <translation>客户编号（显示在客户标题中）：</translation>
    </message>
    <message>
        <source>customer-{id}-data-{date}</source>
        <translation>客户-{id}-信息-{date}</translation>
    </message>
    <message>
        <source>JSON and HTML (*.json)</source>
        <translation>JSON 和 HTML (*.json)</translation>
    </message>
    <message>
        <source>Everything held about the customer was written to {json} and {html}. These files are not encrypted: hand them over securely.</source>
        <translation>该客户的全部信息已写入 {json} 和 {html}。这些文件未加密，请安全地交付。</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Discard and lock</source>
        <translation>放弃修改并锁定</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>继续工作</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>ClientVault has not been used for a while and will lock to protect your customers&apos; data. You have unsaved changes: they will be discarded when the vault locks in {seconds} s. Choose “Keep working” to stay and save them.</source>
        <translation>客户保险箱已闲置一段时间，为保护客户数据即将锁定。您有未保存的修改：保险箱将在 {seconds} 秒后锁定，这些修改会被放弃。选择“继续工作”可留下来保存修改。</translation>
    </message>
    <message>
        <source>You have unsaved changes. Locking the vault discards them. Lock anyway?</source>
        <translation>您有未保存的修改。锁定保险箱会放弃这些修改。仍要锁定吗？</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to ClientVault</source>
        <translation>欢迎使用客户保险箱</translation>
    </message>
    <message>
        <source>Your customer records, encrypted on this computer.</source>
        <translation>您的客户资料，加密保存在这台电脑上。</translation>
    </message>
    <message>
        <source>ClientVault keeps your customers in an encrypted vault on this computer. Nothing is sent to any cloud. Let&apos;s set up your vault: it takes about a minute.</source>
        <translation>客户保险箱把您的客户资料保存在这台电脑上的加密保险箱里，不会发送到任何云端。现在来设置您的保险箱，大约只需一分钟。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>You will:
1. choose your name and a passphrase — you are the owner of the vault;
2. write down or print your recovery key, for the day the passphrase is forgotten;
3. choose whether to start with sample customers to try things out.</source>
        <translation>接下来您将：
1. 填写您的姓名并设置密码——您是保险箱的所有者；
2. 抄下或打印恢复密钥，以备忘记密码时使用；
3. 选择是否先用示例客户试用。</translation>
    </message>
    <message>
        <source>Moving to a new computer, or replacing a broken one? Restore your vault from a backup file (.cvbak) instead of creating a new vault.</source>
        <translation>换了新电脑，或者旧电脑坏了？可以从备份文件 (.cvbak) 还原保险箱，而不是新建一个。</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份还原…</translation>
    </message>
    <message>
        <source>Restoring your vault from the backup…</source>
        <translation>正在从备份还原保险箱…</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要还原的备份</translation>
    </message>
    <message>
        <source>ClientVault backups (*.cvbak)</source>
        <translation>客户保险箱备份 (*.cvbak)</translation>
    </message>
    <message>
        <source>Checking the backup file…</source>
        <translation>正在检查备份文件…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <source>Restore the backup made {date}:
{path}
into {folder}</source>
        <translation>将 {date} 的备份：
{path}
还原到 {folder}</translation>
    </message>
    <message>
        <source>Restored the backup made {date} (customers: {customers}). Unlock the vault to continue.</source>
        <translation>已还原 {date} 的备份（客户：{customers}）。请解锁保险箱以继续。</translation>
    </message>
    <message>
        <source>These users need a new passphrase from an owner before they can log in again: {users}</source>
        <translation>以下用户需要所有者为其重设密码后才能再次登录：{users}</translation>
    </message>
    <message>
        <source>The access log inside this backup does NOT verify: it was changed outside ClientVault before the backup was made.</source>
        <translation>此备份中的访问日志未通过验证：在备份之前，它已在客户保险箱之外被改动。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Expected another secret on standard input.</source>
        <translation>标准输入中缺少下一个密码或密钥。</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase: use --passphrase-stdin.</source>
        <translation>没有可用于输入密码的终端：请使用 --passphrase-stdin。</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>请再输入一次：</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
    <message>
        <source>This vault has several users: say which one with --user NAME.</source>
        <translation>此保险箱有多位用户：请用 --user 用户名 指定是哪一位。</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>Passphrase for {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <source>(in the recycle bin since {date})</source>
        <translation>（自 {date} 起在回收站中）</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>[invalid, needs review]</source>
        <translation>[无效，需要核对]</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
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
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>New passphrase for {user}: </source>
        <translation>{user} 的新密码：</translation>
    </message>
    <message>
        <source>Vault created in {folder}.

Recovery key (shown only this once — print or write it down and keep it somewhere safe; it opens the vault and its backups if every passphrase is lost):

    {key}
</source>
        <translation>保险箱已创建在 {folder}。

恢复密钥（只显示这一次——请打印或抄写下来，妥善保管；万一所有密码都遗失了，可以用它打开保险箱及其备份）：

    {key}
</translation>
    </message>
    <message>
        <source>Passphrase for the new user {user}: </source>
        <translation>新用户 {user} 的密码：</translation>
    </message>
    <message>
        <source>User {user} added.</source>
        <translation>已添加用户 {user}。</translation>
    </message>
    <message>
        <source>User {user} removed.</source>
        <translation>已移除用户 {user}。</translation>
    </message>
    <message>
        <source>Passphrase of {user} changed.</source>
        <translation>{user} 的密码已修改。</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Current passphrase for {user}: </source>
        <translation>{user} 的当前密码：</translation>
    </message>
    <message>
        <source>New recovery key (the old one no longer works):

    {key}
</source>
        <translation>新的恢复密钥（旧的恢复密钥已失效）：

    {key}
</translation>
    </message>
    <message>
        <source>Type at least 4 digits to search by phone number.</source>
        <translation>按电话号码搜索时请至少输入 4 位数字。</translation>
    </message>
    <message>
        <source>Use --set FIELD=VALUE.</source>
        <translation>请使用 --set 字段=值 的形式。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Give the customer id and the change id shown by `customer history`.</source>
        <translation>请提供客户编号，以及 `customer history` 显示的修改编号。</translation>
    </message>
    <message>
        <source>Change reverted.</source>
        <translation>修改已撤销。</translation>
    </message>
    <message>
        <source>Customer {id} moved to the recycle bin.</source>
        <translation>客户 {id} 已移入回收站。</translation>
    </message>
    <message>
        <source>Customer {id} restored from the recycle bin.</source>
        <translation>客户 {id} 已从回收站恢复。</translation>
    </message>
    <message>
        <source>Customer {id} erased.</source>
        <translation>客户 {id} 已永久清除。</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>授权同意已撤回。</translation>
    </message>
    <message>
        <source>Access log verified: {count} entries, chain intact.</source>
        <translation>访问日志校验通过：共 {count} 条记录，记录链完整。</translation>
    </message>
    <message>
        <source>Access log BROKEN at entry {seq}.</source>
        <translation>访问日志在第 {seq} 条记录处被破坏。</translation>
    </message>
    <message>
        <source>Encryption: SQLCipher {version}</source>
        <translation>加密：SQLCipher {version}</translation>
    </message>
    <message>
        <source>Database: {count} problems found — restore from a backup:</source>
        <translation>数据库：发现 {count} 个问题——请用备份还原：</translation>
    </message>
    <message>
        <source>Database: every page authenticated, structure intact.</source>
        <translation>数据库：所有页面均通过认证，结构完整。</translation>
    </message>
    <message>
        <source>Access log: {count} entries, chain intact.</source>
        <translation>访问日志：共 {count} 条记录，记录链完整。</translation>
    </message>
    <message>
        <source>Access log: BROKEN at entry {seq}.</source>
        <translation>访问日志：在第 {seq} 条记录处被破坏。</translation>
    </message>
    <message>
        <source>Added {customers} demo customers and {purchases} purchases.</source>
        <translation>已添加 {customers} 位演示客户和 {purchases} 条购买记录。</translation>
    </message>
    <message>
        <source>This computer no longer remembers you.</source>
        <translation>这台电脑已不再记住您。</translation>
    </message>
    <message>
        <source>This computer will remember you (OS keyring).</source>
        <translation>这台电脑将记住您（使用系统凭据存储）。</translation>
    </message>
    <message>
        <source>ClientVault (客户保险箱): an encrypted customer vault on this computer.</source>
        <translation>客户保险箱：保存在这台电脑上的加密客户资料库。</translation>
    </message>
    <message>
        <source>vault folder (default: your data folder; env CLIENTVAULT_HOME)</source>
        <translation>保险箱文件夹（默认：您的数据文件夹；可用环境变量 CLIENTVAULT_HOME 指定）</translation>
    </message>
    <message>
        <source>the user to act as</source>
        <translation>以哪位用户的身份操作</translation>
    </message>
    <message>
        <source>read secrets one per line from standard input</source>
        <translation>从标准输入读取密码，每行一个</translation>
    </message>
    <message>
        <source>unlock with the recovery key read from standard input</source>
        <translation>用从标准输入读取的恢复密钥解锁</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>提示信息的语言</translation>
    </message>
    <message>
        <source>create a new vault and its owner</source>
        <translation>新建保险箱及其所有者</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>also give the vault a new key</source>
        <translation>同时为保险箱更换新密钥</translation>
    </message>
    <message>
        <source>change your passphrase</source>
        <translation>修改您的密码</translation>
    </message>
    <message>
        <source>issue a new recovery key</source>
        <translation>生成新的恢复密钥</translation>
    </message>
    <message>
        <source>remember me on this computer (OS keyring)</source>
        <translation>在此电脑上记住我（系统凭据存储）</translation>
    </message>
    <message>
        <source>customer records</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <source>list the recycle bin</source>
        <translation>列出回收站中的客户</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>access log</source>
        <translation>访问日志</translation>
    </message>
    <message>
        <source>check the whole vault</source>
        <translation>检查整个保险箱</translation>
    </message>
    <message>
        <source>add realistic demo customers</source>
        <translation>添加逼真的演示客户</translation>
    </message>
    <message>
        <source>mean purchases per customer</source>
        <translation>平均每位客户的购买记录数</translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation>查看或修改设置</translation>
    </message>
    <message>
        <source>check this installation</source>
        <translation>检查本机安装</translation>
    </message>
    <message>
        <source>skip the check that the desktop app starts</source>
        <translation>跳过桌面程序启动检查</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed by the unfinished command.</source>
        <translation>已中断；未完成的命令没有做任何更改。</translation>
    </message>
    <message>
        <source>Unexpected error. Details were written to {path}.</source>
        <translation>发生意外错误。详细信息已写入 {path}。</translation>
    </message>
    <message>
        <source>Copying the vault</source>
        <translation>正在复制保险箱</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>正在校验备份</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>正在解密</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在还原</translation>
    </message>
    <message>
        <source>Recovery key valid when the backup was made: </source>
        <translation>创建备份时有效的恢复密钥：</translation>
    </message>
    <message>
        <source>Owner passphrase valid when the backup was made: </source>
        <translation>创建备份时有效的所有者密码短语：</translation>
    </message>
    <message>
        <source>Owner passphrase: </source>
        <translation>所有者密码短语：</translation>
    </message>
    <message>
        <source>Backup written and verified: {file} ({size}; customers: {customers}).</source>
        <translation>备份已写入并通过校验：{file}（{size}；客户：{customers}）。</translation>
    </message>
    <message>
        <source>Removed {count} older backups (keeping the newest {keep}).</source>
        <translation>已删除 {count} 个较旧的备份（保留最新的 {keep} 个）。</translation>
    </message>
    <message>
        <source>Backup verified: every part is intact and decrypts; the database inside passed its integrity checks.</source>
        <translation>备份校验通过：每个部分都完好且能解密；其中的数据库通过了完整性检查。</translation>
    </message>
    <message>
        <source>  Made: {date} (ClientVault {version}), backup number {sequence}</source>
        <translation>  创建于：{date}（客户保险箱 {version}），备份编号 {sequence}</translation>
    </message>
    <message>
        <source>  Vault: {vault_id}</source>
        <translation>  保险箱：{vault_id}</translation>
    </message>
    <message>
        <source>  Customers: {customers} (plus {deleted} in the recycle bin)</source>
        <translation>  客户：{customers}（另有 {deleted} 位在回收站中）</translation>
    </message>
    <message>
        <source>  Customers: {customers} (plus {deleted} in the recycle bin), purchases: {purchases}</source>
        <translation>  客户：{customers}（另有 {deleted} 位在回收站中），购买记录：{purchases}</translation>
    </message>
    <message>
        <source>  Access log: {count} entries; its chain is checked by --thorough and by every restore.</source>
        <translation>  访问日志：{count} 条记录；日志链由 --thorough 和每次还原进行检查。</translation>
    </message>
    <message>
        <source>  Access log: {count} entries, chain intact.</source>
        <translation>  访问日志：{count} 条记录，日志链完整。</translation>
    </message>
    <message>
        <source>  Access log: the chain inside this backup does NOT verify; it was changed outside ClientVault before the backup was made.</source>
        <translation>  访问日志：此备份中的日志链校验未通过；它在备份之前已在客户保险箱之外被修改。</translation>
    </message>
    <message>
        <source>The vault in this folder has several users: say which owner you are with --user NAME.</source>
        <translation>此文件夹中的保险箱有多个用户：请用 --user 名称 说明您是哪位所有者。</translation>
    </message>
    <message>
        <source>Restored the backup made {date} (customers: {customers}) into {folder}.</source>
        <translation>已将 {date} 创建的备份（客户：{customers}）还原到 {folder}。</translation>
    </message>
    <message>
        <source>Warning: a newer backup of this vault exists (made {date}); this restore went back to an older state.</source>
        <translation>警告：此保险箱存在更新的备份（创建于 {date}）；本次还原回到了较早的状态。</translation>
    </message>
    <message>
        <source>Customers erased after this backup was made were erased again: {count}.</source>
        <translation>备份之后被彻底删除的客户已再次删除：{count} 位。</translation>
    </message>
    <message>
        <source>The vault was upgraded from an older version of ClientVault.</source>
        <translation>保险箱已从旧版客户保险箱升级。</translation>
    </message>
    <message>
        <source>These users need a new passphrase from an owner before they can log in again: {users}</source>
        <translation>以下用户需要所有者为其重设密码后才能再次登录：{users}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>No backup files in this folder.</source>
        <translation>此文件夹中没有备份文件。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>the owner whose passphrase is given</source>
        <translation>所提供密码短语对应的所有者</translation>
    </message>
    <message>
        <source>read the owner passphrase from standard input</source>
        <translation>从标准输入读取所有者密码短语</translation>
    </message>
    <message>
        <source>read the recovery key from standard input</source>
        <translation>从标准输入读取恢复密钥</translation>
    </message>
    <message>
        <source>give a number from 1 to {max}</source>
        <translation>请输入 1 到 {max} 之间的数字</translation>
    </message>
    <message>
        <source>encrypted backups: create, verify, restore, list</source>
        <translation>加密备份：创建、校验、还原、列表</translation>
    </message>
    <message>
        <source>back up into a folder or USB drive and verify it</source>
        <translation>备份到文件夹或U盘并校验</translation>
    </message>
    <message>
        <source>keep the newest N backups of this vault in DEST (default 10)</source>
        <translation>在 DEST 中保留此保险箱最新的 N 个备份（默认 10 个）</translation>
    </message>
    <message>
        <source>check a backup file completely, without restoring</source>
        <translation>完整校验备份文件，但不还原</translation>
    </message>
    <message>
        <source>folder for the temporary (encrypted) copy; default: the temp folder</source>
        <translation>临时（加密）副本所在的文件夹；默认：临时文件夹</translation>
    </message>
    <message>
        <source>also run SQLite&apos;s full integrity check of the database inside (slower)</source>
        <translation>同时对内部数据库运行 SQLite 的完整完整性检查（较慢）</translation>
    </message>
    <message>
        <source>restore a backup into a folder</source>
        <translation>将备份还原到文件夹</translation>
    </message>
    <message>
        <source>target folder: new, empty, or the vault to replace</source>
        <translation>目标文件夹：新文件夹、空文件夹，或要被替换的保险箱</translation>
    </message>
    <message>
        <source>backup history, or the backup files in a folder</source>
        <translation>备份历史，或某个文件夹中的备份文件</translation>
    </message>
    <message>
        <source>list the backup files in DIR (no passphrase needed)</source>
        <translation>列出 DIR 中的备份文件（无需密码短语）</translation>
    </message>
    <message>
        <source>The delimiter must be comma, semicolon, tab, pipe or one character other than a quote.</source>
        <translation>分隔符必须是 comma、semicolon、tab、pipe，或除引号以外的一个字符。</translation>
    </message>
    <message>
        <source>Use: clientvault import undo IMPORT_ID</source>
        <translation>用法：clientvault import undo 导入编号</translation>
    </message>
    <message>
        <source>Import {id} undone: {deleted} customers removed, {reverted} customers restored.</source>
        <translation>已撤销导入 {id}：删除了 {deleted} 位客户，恢复了 {reverted} 位客户。</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <source>Import one file at a time: clientvault import FILE</source>
        <translation>一次只能导入一个文件：clientvault import 文件</translation>
    </message>
    <message>
        <source>No saved mapping template is called {name}.</source>
        <translation>没有名为 {name} 的列映射模板。</translation>
    </message>
    <message>
        <source>Dry run (nothing was saved): {imported} new, {updated} updated, {flagged} flagged, {rejected} rejected, {skipped} skipped.</source>
        <translation>试运行（未保存任何内容）：新增 {imported}，更新 {updated}，待核查 {flagged}，拒绝 {rejected}，跳过 {skipped}。</translation>
    </message>
    <message>
        <source>Import {id}: {imported} new, {updated} updated, {flagged} flagged, {rejected} rejected, {skipped} skipped.</source>
        <translation>导入 {id}：新增 {imported}，更新 {updated}，待核查 {flagged}，拒绝 {rejected}，跳过 {skipped}。</translation>
    </message>
    <message>
        <source>  row {row}: {status} ({reasons})</source>
        <translation>  第 {row} 行：{status}（{reasons}）</translation>
    </message>
    <message>
        <source>Undo with: clientvault import undo {id}</source>
        <translation>撤销方法：clientvault import undo {id}</translation>
    </message>
    <message>
        <source>Password for the encrypted archive: </source>
        <translation>加密压缩包的密码：</translation>
    </message>
    <message>
        <source>Note: the export file is not encrypted. Anyone who gets a copy can read it; use --encrypt for a password-protected archive.</source>
        <translation>注意：导出文件没有加密，任何拿到副本的人都能读取。使用 --encrypt 可生成带密码保护的压缩包。</translation>
    </message>
    <message>
        <source>Exported {count} customers to {file}.</source>
        <translation>已将 {count} 位客户导出到 {file}。</translation>
    </message>
    <message>
        <source>Everything held about customer #{id} was written to {json} and {html}.</source>
        <translation>客户 #{id} 的全部信息已写入 {json} 和 {html}。</translation>
    </message>
    <message>
        <source>import customers from CSV, Excel or vCard; undo; list</source>
        <translation>从 CSV、Excel 或 vCard 导入客户；撤销导入；列出导入记录</translation>
    </message>
    <message>
        <source>the sheet of an Excel workbook</source>
        <translation>Excel 工作簿中的工作表</translation>
    </message>
    <message>
        <source>column mapping: JSON {column: field}</source>
        <translation>列映射：JSON 格式 {列名: 字段}</translation>
    </message>
    <message>
        <source>a saved column mapping</source>
        <translation>已保存的列映射模板</translation>
    </message>
    <message>
        <source>save the mapping used under a name</source>
        <translation>将本次使用的列映射保存为模板</translation>
    </message>
    <message>
        <source>text encoding (default: detected)</source>
        <translation>文本编码（默认自动识别）</translation>
    </message>
    <message>
        <source>CSV delimiter: comma, semicolon, tab, pipe or one character (default: detected)</source>
        <translation>CSV 分隔符：comma（逗号）、semicolon（分号）、tab（制表符）、pipe（竖线）或任意一个字符（默认自动识别）</translation>
    </message>
    <message>
        <source>what to do with a row matching an existing customer</source>
        <translation>与已有客户匹配的行如何处理</translation>
    </message>
    <message>
        <source>check everything, save nothing</source>
        <translation>只检查，不保存任何内容</translation>
    </message>
    <message>
        <source>write the full report as JSON</source>
        <translation>将完整报告写入 JSON 文件</translation>
    </message>
    <message>
        <source>write the rejected rows as CSV</source>
        <translation>将被拒绝的行写入 CSV 文件</translation>
    </message>
    <message>
        <source>export customers (only the fields you choose)</source>
        <translation>导出客户（只导出所选字段）</translation>
    </message>
    <message>
        <source>fields to export</source>
        <translation>要导出的字段</translation>
    </message>
    <message>
        <source>fields for a purpose (courier: name, phones, addresses …)</source>
        <translation>按用途选择字段（快递：姓名、电话、地址……）</translation>
    </message>
    <message>
        <source>mask phones, emails and ID numbers</source>
        <translation>对电话、邮箱和身份证号打码</translation>
    </message>
    <message>
        <source>replace ids by pseudonyms</source>
        <translation>用化名编号代替客户编号</translation>
    </message>
    <message>
        <source>why the data leaves the vault (logged)</source>
        <translation>导出用途（会记入访问日志）</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (default) or gb18030</source>
        <translation>CSV 编码：utf-8（默认）或 gb18030</translation>
    </message>
    <message>
        <source>write a password-protected (AES) zip archive instead</source>
        <translation>改为写入带密码保护（AES 加密）的 zip 压缩包</translation>
    </message>
    <message>
        <source>data-subject export: everything about one customer</source>
        <translation>个人信息副本：导出关于一位客户的全部信息</translation>
    </message>
    <message>
        <source>--explain needs --customer ID.</source>
        <translation>--explain 需要与 --customer ID 一起使用。</translation>
    </message>
    <message>
        <source>No custom segments.</source>
        <translation>没有自定义分群。</translation>
    </message>
    <message>
        <source>customer classifications: counts, or one customer&apos;s</source>
        <translation>客户分类：各类人数，或某位客户的分类</translation>
    </message>
    <message>
        <source>list the custom segments (rules) instead</source>
        <translation>改为列出自定义分群（规则）</translation>
    </message>
    <message>
        <source>classify this customer only</source>
        <translation>只对这位客户分类</translation>
    </message>
    <message>
        <source>say why each label applies</source>
        <translation>说明每个分类的原因</translation>
    </message>
    <message>
        <source>a score between 0 and 1, e.g. 0.8</source>
        <translation>0 到 1 之间的分数，例如 0.8</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>没有发现可能重复的客户。</translation>
    </message>
    <message>
        <source>Score {score:.2f}: {reasons}</source>
        <translation>相似度 {score:.2f}：{reasons}</translation>
    </message>
    <message>
        <source>Use --take FIELD=ID, e.g. --take company=12.</source>
        <translation>请使用 --take 字段=编号，例如 --take company=12。</translation>
    </message>
    <message>
        <source>Give either customer ids or --above SCORE, not both.</source>
        <translation>请提供客户编号或 --above 分数，二者只能选其一。</translation>
    </message>
    <message>
        <source>Give at least two customer ids to merge.</source>
        <translation>请至少提供两个要合并的客户编号。</translation>
    </message>
    <message>
        <source>Merged into customer #{survivor} (merge {merge}; undo with `dedupe undo {merge}`).</source>
        <translation>已合并到客户 #{survivor}（合并记录 {merge}；可用 `dedupe undo {merge}` 撤销）。</translation>
    </message>
    <message>
        <source>Merge {merge} undone.</source>
        <translation>已撤销合并 {merge}。</translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>还没有合并记录。</translation>
    </message>
    <message>
        <source>undone {at}</source>
        <translation>已于 {at} 撤销</translation>
    </message>
    <message>
        <source>--forget takes exactly two customer ids.</source>
        <translation>--forget 需要正好两个客户编号。</translation>
    </message>
    <message>
        <source>Forgotten: these customers may be offered as duplicates again.</source>
        <translation>已取消标记：这些客户以后可能再次被列为重复。</translation>
    </message>
    <message>
        <source>Give at least two customer ids.</source>
        <translation>请至少提供两个客户编号。</translation>
    </message>
    <message>
        <source>Remembered: these customers are not duplicates.</source>
        <translation>已记住：这些客户不是重复的。</translation>
    </message>
    <message>
        <source>find, merge and unmerge duplicate customers</source>
        <translation>查找、合并及撤销合并重复客户</translation>
    </message>
    <message>
        <source>list clusters of likely duplicates</source>
        <translation>列出可能重复的客户组</translation>
    </message>
    <message>
        <source>only clusters scoring at least X (0–1)</source>
        <translation>只列出相似度不低于 X（0–1）的客户组</translation>
    </message>
    <message>
        <source>merge customers into one (can be undone)</source>
        <translation>将多个客户合并为一个（可撤销）</translation>
    </message>
    <message>
        <source>the record that stays</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <source>take this field&apos;s value from that customer</source>
        <translation>此字段取自该客户的值</translation>
    </message>
    <message>
        <source>merge every cluster scoring at least X</source>
        <translation>合并相似度不低于 X 的所有客户组</translation>
    </message>
    <message>
        <source>undo a merge</source>
        <translation>撤销一次合并</translation>
    </message>
    <message>
        <source>merges, newest first</source>
        <translation>合并记录，最新的在前</translation>
    </message>
    <message>
        <source>remember that customers are different people</source>
        <translation>记住这些客户是不同的人</translation>
    </message>
    <message>
        <source>forget the decision for two customers</source>
        <translation>取消对两个客户的“不是重复”标记</translation>
    </message>
</context>
</TS>
