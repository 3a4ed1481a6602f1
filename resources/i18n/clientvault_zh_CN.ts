<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <translation>重置密码</translation>
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
        <translation>添加购买记录</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>添加跟进记录</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>记录授权同意</translation>
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
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
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
        <translation>按电话号码搜索时，请至少输入 4 位数字。</translation>
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
        <translation>以机器可读格式输出</translation>
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
        <source>Interrupted; nothing was changed by the unfinished command.</source>
        <translation>已中断；未完成的命令没有做任何更改。</translation>
    </message>
    <message>
        <source>Unexpected error. Details were written to {path}.</source>
        <translation>发生意外错误。详细信息已写入 {path}。</translation>
    </message>
</context>
</TS>
