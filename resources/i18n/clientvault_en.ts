<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ClientVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault (客户保险箱)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local-first, encrypted customer vault. Your customers&apos; data stays on this computer, in an SQLCipher database. Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the vault folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (SQLCipher could not be loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third-party notices file is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <source>Name order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} (custom field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempted {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may see sensitive information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may not see sensitive information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption key replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchases: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry number in the access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access-log chain breaks at this entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessLogPage</name>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no access-log entry was changed or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entries of one user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one kind of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entries about one customer, by customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the newest entries (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date, or the earliest date for &quot;any&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show customer history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every access-log entry about the selected entry&apos;s customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-log-{date}.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see your own entries only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} access-log entries to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: {count} entries, chain intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken at entry {seq}: this entry was changed or removed outside ClientVault. Tell the owner; restore from a backup if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken at entry {seq}: the newest entries were removed (the log was truncated). Tell the owner; restore from a backup if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the access log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification is available to the owner. You see your own entries only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access history of customer #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries shown · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries shown (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries shown · scroll down for older entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessTab</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see only your own entries; an owner sees everyone&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has accessed this customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who viewed, revealed, copied or changed this customer, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot see the access log. An owner of the vault can show you who accessed this customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed unlock attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sensitive information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore deleted customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on &quot;Remember me on this computer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off &quot;Remember me on this computer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ({action})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May reveal sensitive fields (ID number, bank account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May export (masked or minimized)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressListEditor</name>
    <message>
        <source>Address type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For foreign addresses, or an address that does not split into province, city and district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole address on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupHistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}
Last verified: {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>ClientVault was closed in the middle of a restore. The restore had not finished, so your vault was put back exactly as it was before; nothing was lost. You can restore the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault was closed just as a restore was finishing. The restored vault was already completely in place and has been kept. Unlock it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault was closed in the middle of a restore and cannot tidy up the vault folder right now (is it read-only?). Nothing was lost; ClientVault tries again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB drive (U盘/移动磁盘) or another folder. Keep one copy away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups of this vault in this destination are deleted after a new backup has been verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups in this destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted backup to the selected destination and verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a backup file completely without restoring it (a restore drill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this vault with the contents of a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified backup yet. Back up now to a USB drive (U盘/移动磁盘) or another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified backup: today ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %n day(s) ago ({time}).</source>
        <translation>
            <numerusform>Last verified backup: %n day ago ({time}).</numerusform>
            <numerusform>Last verified backup: %n days ago ({time}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new backup is due (reminder after %n day(s)).</source>
        <translation>
            <numerusform>A new backup is due (reminder after %n day).</numerusform>
            <numerusform>A new backup is due (reminder after %n days).</numerusform>
        </translation>
    </message>
    <message>
        <source>A restore drill is due: use Verify… on your latest backup with the owner passphrase or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to back up: a USB drive or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: {file} ({size}; customers: {customers}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n older backup(s) from this destination.</source>
        <translation>
            <numerusform>Removed %n older backup from this destination.</numerusform>
            <numerusform>Removed %n older backups from this destination.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup made {date}:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: restoring REPLACES everything in this vault with the contents of this backup. Customers added or changed after {date} will be lost; customers erased since then stay erased. The current vault is kept until the restore has succeeded. Afterwards everyone must unlock the vault again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that the current data will be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the backup made {date}:
{path}
Every part is checked and decrypted; nothing is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup verified: every part is intact and decrypts; the database inside passed its integrity checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: {date} · Vault: {vault_id} · Customers: {customers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log inside this backup does NOT verify: it was changed outside ClientVault before the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup belongs to a different vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup made {date} (customers: {customers}). Unlock the vault again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a newer backup of this vault exists (made {date}); the vault went back to an older state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) erased after this backup was made were erased again.</source>
        <translation>
            <numerusform>%n customer erased after this backup was made were erased again.</numerusform>
            <numerusform>%n customers erased after this backup was made were erased again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault was upgraded from an older version of ClientVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These users need a new passphrase from an owner before they can log in again: {users}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault backups (*.cvbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading back and verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSecretDialog</name>
    <message>
        <source>Owner passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner (each is tried)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the owner passphrase or the recovery key as they were when the backup was made. Staff passphrases do not open backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thorough check (slower: also matches every index entry of the database inside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (from the emergency kit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is not re-encrypted; only your lock changes. If this computer remembers you, you will be asked for the new passphrase once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat mini program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing sensitive information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalised offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up in store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important value customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important development customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important retention customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important win-back customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General value customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General development customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General retention customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General win-back customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no custom segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationPage</name>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the customers of the selected segment (the export dialog applies the minimization and role rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not export customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit custom segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify all customers again from the current data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thresholds behind the classifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who need a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifying customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) classified. Click a bar to show those customers.</source>
        <translation>
            <numerusform>%n customer classified. Click a bar to show those customers.</numerusform>
            <numerusform>%n customers classified. Click a bar to show those customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Classification cancelled; the counts shown are from the last run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential: no purchase yet. Active: the latest purchase less than {churn} days ago. Churned: no purchase for {churn} days or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: the first purchase less than {new} days ago. Returning: 2 or more purchases, the latest less than {returning} days ago. Old: everyone else who bought. New comes before returning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in the last 365 days, compared with everyone who bought in that time. High: from the {high}th percentile. Medium: from the {mid}th percentile. Low: the others who bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in the last 365 days. High: {high} or more. Medium: {mid} or more. Low: at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value are scored 1 to 5 by quintiles among the customers who bought; 3 or more is high. The eight classic segments combine high and low R, F and M: high in all three is an important value customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the customer&apos;s address (province, else city); without one, from the area of the phone number. Customers with neither are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel the customer came from, as recorded on the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by tag. A customer with several tags counts under each, so the shares can add up to more than 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own segments: a customer is in a custom segment when all its conditions hold, and can be in several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions saved. Recomputing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The segment “{name}” (%n customer(s))</source>
        <translation>
            <numerusform>The segment “{name}” (%n customer)</numerusform>
            <numerusform>The segment “{name}” (%n customers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported.</source>
        <translation>
            <numerusform>%n customer exported.</numerusform>
            <numerusform>%n customers exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is due for a follow-up. Set a next contact date on a follow-up to see the customer here when it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) due for a follow-up, the most overdue first. Double-click to open a customer.</source>
        <translation>
            <numerusform>%n customer due for a follow-up, the most overdue first. Double-click to open a customer.</numerusform>
            <numerusform>%n customers due for a follow-up, the most overdue first. Double-click to open a customer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs follow-up ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationSettingsDialog</name>
    <message>
        <source>Classification definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change these definitions; you can see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type and transaction time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer who bought before but not for this many days is churned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Churned after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer whose first purchase is more recent than this is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer with two or more purchases, the latest within this many days, is returning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Returning within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase frequency (purchases in the last 365 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed numbers of purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentiles of the customers who bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tiers by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High from the:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium from the:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium frequency must start below high frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium percentile must be below the high percentile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Condition field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value for every condition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <source>Check your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type two groups of the recovery key from your paper or emergency kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups are the blocks of characters between the dashes, counted from the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {number}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not match the recovery key. Check your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost it already? Press Back to see the key again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>What the customer agreed to, when and how (PIPL / GDPR). A withdrawal is recorded, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. where the signed form is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the customer withdrew the consent “{purpose}” today?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>ClientVault — unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault ran into a problem it did not expect, and the last action may not have been completed. Your vault is safe: nothing is saved half-way.

If this keeps happening, copy the details below and send them to whoever supports your installation. They contain no passphrases and no customer data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file could be written on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerClassificationView</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification of this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this customer is classified today, and why. The definitions are set on the Classification page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 张三 or John Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name first (张三)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name first (John Smith)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1990-06-15, or --06-15 when the year is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details are up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you checked these details with the customer today (clears the “needs update” reminder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000, or 010-6552 9988 ext. 123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID, or the mobile number used for WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add QQ number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 to 11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked by default (PIPL). Only permitted users can reveal or copy these values, and every reveal and copy is recorded in the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is in the recycle bin. Restore it from the recycle bin to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role can view customers but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what you know; only the name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the recycle bin since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values are not valid. Correct the fields marked in red, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. It will be cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Copied. It will be cleared from the clipboard in %n second.</numerusform>
            <numerusform>Copied. It will be cleared from the clipboard in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes in this customer. Undoing the earlier change discards them. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard and undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was undone. You can undo the undo in the history, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this customer before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ext. {ext}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with a value that failed validation and needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) failed validation; open the customer to review them.</source>
        <translation>
            <numerusform>%n value failed validation; open the customer to review them.</numerusform>
            <numerusform>%n values failed validation; open the customer to review them.</numerusform>
        </translation>
    </message>
    <message>
        <source>This phone number is not valid and needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, pinyin (zs → 张三), phone digits, email, company or WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F). 1–2 Chinese characters, pinyin or initials, 4 or more phone digits, part of an email, company or WeChat ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected customer (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag to the selected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected customers to the recycle bin (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected customers out of the recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All account managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with a value that failed validation, or whose details were not checked for a long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted customers; they can be restored from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results are shown newest first; the sort applies when the search is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least 4 digits to search by phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First {shown} matches — scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in the recycle bin</source>
        <translation>
            <numerusform>%n customer in the recycle bin</numerusform>
            <numerusform>%n customers in the recycle bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First {shown} — scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “{query}”. Try fewer characters, pinyin initials such as zs, or 4 or more digits of a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet. Click “New customer” (Ctrl+N) to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n customer(s) to the recycle bin?</source>
        <translation>
            <numerusform>Move %n customer to the recycle bin?</numerusform>
            <numerusform>Move %n customers to the recycle bin?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can restore them from the recycle bin at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) moved to the recycle bin.</source>
        <translation>
            <numerusform>%n customer moved to the recycle bin.</numerusform>
            <numerusform>%n customers moved to the recycle bin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) restored.</source>
        <translation>
            <numerusform>%n customer restored.</numerusform>
            <numerusform>%n customers restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n customer(s):</source>
        <translation>
            <numerusform>Tag to add to %n customer:</numerusform>
            <numerusform>Tag to add to %n customers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “{tag}” added to %n customer(s).</source>
        <translation>
            <numerusform>Tag “{tag}” added to %n customer.</numerusform>
            <numerusform>Tag “{tag}” added to %n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DedupeReason</name>
    <message>
        <source>Same ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same email {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same WeChat/QQ ID {wechat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same WeChat/QQ ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name in simplified and traditional characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name in pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name written in the other order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name is a nickname of the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar name ({similarity} alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday differs by one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different unified social credit codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different family names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email address in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other evidence ({code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationModel</name>
    <message>
        <source>USB / removable drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for backups before; keeps the newest {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used for backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File system: {fs}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <source>Backup destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up into a folder of your choice, for example on a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again for USB drives that were just plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this destination from the list (its backups stay on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateClustersModel</name>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated probability that these records are the same customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>This customer may already be in the vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be the same person as {name} ({reasons}; match {score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every customer with the others and list likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list groups whose match is at least this likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role can review duplicates but not merge them or mark them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge every group matching at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge each of these groups, keeping the most complete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record changed last and its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep most complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record with the most values, filling gaps from the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are different customers: do not list them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge these customers into the kept record (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the merged customers back as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of possible duplicates</source>
        <translation>
            <numerusform>%n group of possible duplicates</numerusform>
            <numerusform>%n groups of possible duplicates</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {others} into {kept}? Their purchases, follow-ups, consents, tags and history move to {kept}. You can undo this later from the merge history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered: these customers are different people. They will not be listed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n group(s) of possible duplicates? In each group the most complete record is kept and filled from the others. Every merge can be undone from the merge history.</source>
        <translation>
            <numerusform>Merge %n group of possible duplicates? In each group the most complete record is kept and filled from the others. Every merge can be undone from the merge history.</numerusform>
            <numerusform>Merge %n groups of possible duplicates? In each group the most complete record is kept and filled from the others. Every merge can be undone from the merge history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) merged.</source>
        <translation>
            <numerusform>%n group merged.</numerusform>
            <numerusform>%n groups merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) could not be merged: {reason}</source>
        <translation>
            <numerusform>%n group could not be merged: {reason}</numerusform>
            <numerusform>%n groups could not be merged: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge undone: the customers are back. Scan again to review them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyKit</name>
    <message>
        <source>ClientVault emergency kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault (客户保险箱) — emergency kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key opens your ClientVault customer vault when the owner&apos;s passphrase has been forgotten. With it, you can choose a new owner passphrase. It works only for the vault named above. Anyone who has this key and a copy of the vault can open it — keep it as carefully as the key to your office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this page and keep it in a safe place away from the computer, for example in a locked drawer or a safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep it on the same computer or USB drive as the vault or its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not photograph it and do not send it by WeChat, QQ or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the ClientVault login screen, choose “Forgot passphrase? Use the recovery key”. Type the key as printed above — capital or small letters, with or without the dashes — and choose a new owner passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this page is lost or someone else may have seen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ClientVault as an owner and choose Users and settings → New recovery key. The old key stops working at once. Then print the new emergency kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at: ____________________________   Date: ______________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save emergency kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong and the action was not completed. Please try again. If it keeps happening, restart ClientVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of {field} is not valid. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or passphrase is not correct. Check Caps Lock and the input language, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it with your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault was found in the folder {folder}. Choose the folder that contains your vault, or create a new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault was found in this folder. Choose the folder that contains your vault, or create a new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} already contains a vault. Open that vault, or choose an empty folder for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already contains a vault. Open that vault, or choose an empty folder for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is damaged and cannot be opened. Restore it from your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open in another ClientVault window, possibly on another computer. Close it there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file of this vault contains an entry that is not valid, so the vault cannot be unlocked with it. Restore the vault from your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These key protection settings are weaker than ClientVault allows, so nothing was saved. Use the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Choose a longer one, for example a short sentence or several unrelated words that only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key is not valid. Type it again exactly as it appears on your saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s password store cannot be used right now, so ClientVault cannot remember you on this computer. Enter your passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of ClientVault. Install the latest version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault could not read or write the file {path}. Check that the disk or USB drive is still connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault could not read or write a file. Check that the disk or USB drive is still connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this ({action}). Ask an owner of the vault to do it for you or to give you permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask an owner of the vault to do it for you or to give you permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you asked for no longer exists. It may have been deleted or merged by another user. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with this name already exists. Choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last owner of the vault cannot be removed. Make another user an owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done in the record&apos;s current state; it may have been changed in the meantime. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s data has been permanently erased and can no longer be viewed or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log failed its integrity check: entries may have been removed or changed outside ClientVault. Tell an owner of the vault; if needed, restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file {path} is damaged and cannot be used. Nothing was changed. Use another backup, and copy your backups to a second drive from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup file is damaged and cannot be used. Nothing was changed. Use another backup, and copy your backups to a second drive from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file {path} was tampered with or is corrupt: its integrity check failed. Nothing was changed. Use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup file was tampered with or is corrupt: its integrity check failed. Nothing was changed. Use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of ClientVault. Install the latest version, then restore it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase or recovery key does not open the backup. Only an owner&apos;s passphrase or the recovery key opens a backup, as they were when the backup was made; staff passphrases never do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup belongs to a different vault than the one in {folder}, so it was not restored over it. Restore it into an empty folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup belongs to a different vault than the one in this folder, so it was not restored over it. Restore it into an empty folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Your vault and the backups made earlier are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to {path}. The backups made earlier on it are intact. Check the drive, or choose another destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to the destination. The backups made earlier on it are intact. Check the drive, or choose another destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault cannot read {path} as a customer list. Check that it is a CSV, Excel (.xlsx, .xls) or vCard (.vcf) file and that it opens in the program that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault cannot read this file as a customer list. Check that it is a CSV, Excel (.xlsx, .xls) or vCard (.vcf) file and that it opens in the program that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault cannot tell how the text in {path} is encoded, and guessing could garble names. Save the file again as &quot;CSV UTF-8&quot; (in Excel: Save As, CSV UTF-8), then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault cannot tell how the text in this file is encoded, and guessing could garble names. Save the file again as &quot;CSV UTF-8&quot; (in Excel: Save As, CSV UTF-8), then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of this file could be matched to a customer field, so there is nothing to import. Check that the first rows hold column names such as 姓名, 手机 or Email, or choose the columns yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was too busy with other work to take a consistent copy of it. Nothing was written. Try the backup again when the current work (for example an import) has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file of this vault (it holds every user&apos;s lock) is damaged, so the vault cannot be opened. Restore the vault from your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file of this vault was made by a version of ClientVault that this one cannot read. Install the latest version; if that does not help, restore the vault from your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file of this vault failed its integrity check: it is damaged or was changed outside ClientVault. Restore the vault from your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer database of this vault is damaged and cannot be read. Restore the vault from your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer database file of this vault is missing; it may have been moved or deleted. Put it back, or restore the vault from your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer database file of this vault is not encrypted, so it is not the vault&apos;s own file (it may have been replaced). Restore the vault from your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log of this vault is damaged. Restore the vault from your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has too few or too many characters. Type every group exactly as it appears on your saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key contains characters that never occur in a recovery key. Compare it with your saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key contains a typo. Compare each group with your saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure password store that ClientVault can use, so it cannot remember you here. Enter your passphrase each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store on this computer is not secure enough, so ClientVault will not remember you here. Enter your passphrase each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s password store did not answer in time; it may be locked or waiting for you in another window. Unlock it and try again, or enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Choose the file that holds your customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a text (CSV) file. If it is an Excel workbook, give it its .xlsx or .xls name; otherwise save it from its program as CSV or Excel, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Excel file is damaged or is not really an .xlsx workbook. Open it in Excel or WPS and save it again as .xlsx, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This old-style Excel (.xls) file is damaged or cannot be read. Open it in Excel or WPS and save it as .xlsx, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file contains no complete contact card (vCard). Export the contacts from your phone or address book again, then import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row with column names was found in the first rows of this file. Add a row with column names such as 姓名, 手机, Email above the customers, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook has no sheet with that name. Choose one of its sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook contains no sheet with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping (template) is not valid: it must map column names to customer fields. Choose the columns again or use another template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is larger than ClientVault can import at once. Split it into several files and import them one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists; it may have been deleted or merged with another customer. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists. Refresh the list of users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault no longer remembers you on this computer. Enter your passphrase; you can turn on &quot;Remember me on this computer&quot; again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault is not allowed to open {path}. Check that you may use this folder and that no other program has the file open, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is on a disk that cannot be written to. Choose a folder on another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist (any more). Check that it was not moved or deleted, or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing {path}. The disk may be failing: copy your backups to another disk soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a ClientVault backup (.cvbak), or its beginning is damaged. Choose a backup file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup file is damaged: it is incomplete or has extra data at the end, as happens when a USB drive is removed while it is written. Nothing was changed. Use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is intact, but the vault inside it was already damaged when the backup was made. Nothing was changed. Use an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the backup&apos;s contents was tampered with or is corrupt (its integrity check failed), as happens on a failing USB drive. Nothing was changed. Use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault in this backup was saved by a newer version of ClientVault. Install the latest version, then restore it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has already been undone. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept customer of this merge was merged again later (merge {merge_id}). Undo merge {merge_id} first, then this one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept customer of this merge was merged again later. Undo that later merge first, then this one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {id} was already merged into another customer (merge {merge_id}), so it cannot be merged again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these customers was already merged into another customer, so it cannot be merged again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge cannot be undone: customer {id} exists again, so the merged record cannot be put back. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is in the recycle bin. Restore it from the recycle bin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers of this import were merged with other customers since (merge {merge_id}). Undo that merge first, then undo the import. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was made to a customer that was later merged into this one (merge {merge_id}); it cannot be reverted here. Undo the merge to get that customer back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space for the backup on {path}. The backups made earlier on it are intact. Delete old files from the drive or use a larger one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space for the backup on the destination drive. The backups made earlier on it are intact. Delete old files or use a larger drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault cannot write to {path}: the folder or drive is read-only or you may not write there. Check the drive&apos;s write-protect switch or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault cannot write to the destination: the folder or drive is read-only or you may not write there. Check the drive&apos;s write-protect switch or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination {path} disappeared while the backup was written; was the USB drive removed? Reconnect it and back up again. The backups made earlier on it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination disappeared while the backup was written; was the USB drive removed? Reconnect it and back up again. The backups made earlier on it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a folder that exists. Connect the drive or choose an existing folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup destination is not a folder that exists. Connect the drive or choose an existing folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is larger than the file system of {path} allows for one file (FAT32 drives take at most 4 GB). Use a drive formatted as exFAT or NTFS. The backups made earlier on it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is larger than the destination drive&apos;s file system allows for one file (FAT32 drives take at most 4 GB). Use a drive formatted as exFAT or NTFS. The backups made earlier on it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup written to {path} did not read back correctly, so it was deleted. The drive may be failing: use another drive. The backups made earlier are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not read back correctly from the destination, so it was deleted. The drive may be failing: use another drive. The backups made earlier are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number contains characters that do not belong in a phone number. Use only digits, spaces, dashes and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code of this phone number does not exist. Write Chinese numbers without a country code, and foreign numbers with + and the country code, for example +852.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is too short. Check that no digits are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is too long. Check for extra digits, and write an extension after the number, for example 010-6552 9988 ext. 123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This landline number has no area code. Add it in front, for example 010-6552 9988.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid phone number. Check the digits: a Chinese mobile number has 11 digits and starts with 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address needs an @, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address is not written correctly. Check for spaces, Chinese punctuation or typos; it should look like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID card number contains only digits; only the last character may be an X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID card number contains a typo: its last character does not match the other digits. Compare it with the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID card number has 18 characters (old ones have 15). Check that none are missing or extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first digits of this ID card number are not a valid region code. Compare it with the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth in this ID card number is not a real date. Compare it with the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank card number contains only digits (spaces and dashes are fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank card number has {min} to {max} digits. Check that none are missing or extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WeChat ID contains only letters, digits, _ and -. A mobile number or QQ number can be used as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WeChat ID starts with a letter. A mobile number or QQ number can be used as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is neither a mobile number nor a QQ number, so it cannot be a WeChat ID. Check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WeChat ID has {min} to {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QQ number contains only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QQ number cannot start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QQ number has 5 to 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the birthday as year-month-day, for example 1990-03-05, or as month-day only, for example 03-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This birthday is not a real date, is in the future, or is before 1900. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount as a number, for example 128 or 99.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the roles: owner, staff or viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting does not accept that value. Choose one of the offered values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: write the date as year-month-day, for example 2024-03-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not a real date, or its year is not between 1900 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is empty. Please fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is required. Please fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} does not accept this value. Check it for typos, or choose one of the offered values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a number. Remove any letters or other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is too short: it needs at least {min} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is too short. Check that nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is too long: it can have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is too long. Please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must have {min} to {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} does not have the right number of characters. Check that nothing is missing or extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not written in a form ClientVault understands. Check it for typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not written correctly. Check it for typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be between {min} and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is outside the allowed range. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} contains characters that are not allowed. Remove them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} contains a typo: its check digit does not match. Compare it with the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth in {field} is not a real date. Compare it with the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code in {field} is not valid. Compare it with the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} already has this value. Enter a different one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV, UTF-8 with BOM (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, GB18030 (older Excel / WPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard contacts (.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier / delivery (name, phone, address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing (name, phone, email, WeChat, tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book (contact details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting (id, name, company, contacts, address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields except sensitive ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom choice of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose &amp;preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: send the spring catalogue by courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields (only what the purpose needs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask phones, emails and ID numbers (138****8000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace customer numbers by pseudonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching the search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the file in a password-protected zip (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the archive password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand: the exported file leaves the vault&apos;s protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not export customers. Ask the owner to export, or to allow you to make masked exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can export unmasked values, so phones, emails and ID numbers are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card, bank card and health note fields need permission to show sensitive information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password-protected archives are not available in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting is not permitted for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the export is for (it is recorded in the access log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the search text, or choose all customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that you understand the export is not protected by the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is written inside a password-protected zip archive. Anyone with the password can read it, and once unpacked it is a plain file: send the password separately and delete the file when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is a plain, unencrypted file: anyone who gets a copy can read it. Export only what the purpose needs, keep the file safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers-{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} files (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} customers to {path} (password-protected archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} customers to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer list from Excel, WPS, another CRM or your phone&apos;s contacts: CSV or text (.csv, .txt), Excel (.xlsx, .xls) or vCard (.vcf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved until the last step. You can undo a finished import from the Import / Export page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lists ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up ClientVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave setup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault has been created. If you have not saved the recovery key yet, you can make a new one later in Users and settings. Quit now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDueModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed, what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s). Next contact planned for {date}.</source>
        <translation>
            <numerusform>%n follow-up. Next contact planned for {date}.</numerusform>
            <numerusform>%n follow-ups. Next contact planned for {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s).</source>
        <translation>
            <numerusform>%n follow-up.</numerusform>
            <numerusform>%n follow-ups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. Sensitive values are shown masked.</source>
        <translation>
            <numerusform>%n change, newest first. Sensitive values are shown masked.</numerusform>
            <numerusform>%n changes, newest first. Sensitive values are shown masked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid an earlier change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed %n field(s)</source>
        <translation>
            <numerusform>Changed %n field</numerusform>
            <numerusform>Changed %n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>undone later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put these fields back to their values before this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportModels</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (blank row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (total row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
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
        <source>The row is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A total or summary row, not a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name, company, phone, email or WeChat ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends in the middle of this contact card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same mobile or email as an earlier row of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same mobile or email as an existing customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches an existing customer; nothing new to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably the same person as an existing customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as new, but may be the same person as an existing customer (check Duplicates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} ({group})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} alike: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{imported} new, {updated} updated, {flagged} flagged, {rejected} rejected, {skipped} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import #{id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping saved as template &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed. Nothing was imported or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to {path}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV / text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 97–2003 (.xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (contacts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every custom field a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field “{name}” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutPage</name>
    <message>
        <source>How the file is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault detected these settings. If names look garbled below, choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the one character that separates the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate columns. Type another character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the file. Choose another one if the columns below are not split right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{columns} columns, about {rows} rows. The first rows as read:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>ClientVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customer vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with one click next time. The key is kept in this computer&apos;s secure password store; anyone who can sign in to this computer account can then open the vault as you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Remember me on this computer” is not available: this computer has no secure password store that ClientVault can use. Enter your passphrase each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock (remembered on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot passphrase? Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault will remember you on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s new passphrase is set. If the recovery key may have been seen by someone else, create a new one in Users and settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ClientVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ClientVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the page list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted · SQLCipher {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted · SQLCipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n day(s) ago</source>
        <translation>
            <numerusform>Last backup: %n day ago</numerusform>
            <numerusform>Last backup: %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no verified backup of this vault yet. Back it up to a USB drive now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last verified backup is %n day(s) old. Back up the vault to a USB drive.</source>
        <translation>
            <numerusform>The last verified backup is %n day old. Back up the vault to a USB drive.</numerusform>
            <numerusform>The last verified backup is %n days old. Back up the vault to a USB drive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your vault is ready, with {count} sample customers to try things out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Locked after %n minute without activity.</numerusform>
            <numerusform>Locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes. Quit and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which customer field each column goes to. Suggestions are filled in; change any of them. Below: the first rows as they will be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (as stored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no saved templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the template (for example the program the file came from):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <source>Customers already in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row matches when it has the same mobile number or email as an existing customer or an earlier row, or when the duplicate finder is sure it is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip matching rows (keep the existing customers as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the existing customers (fill in fields, add phones, emails and tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new customers anyway (find duplicates later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that match existing customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: {imported} new, {updated} updated, {flagged} flagged, {rejected} rejected, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeHistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group of possible duplicates to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked ≠ differ. Pick the value to keep for each; phones, e-mails, addresses, tags and other lists are combined. Purchases, follow-ups, consents and history move to the kept record. A merge can be undone from the merge history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {created}, last changed {changed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record of {name} (#{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n purchase</numerusform>
            <numerusform>%n purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>The values differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} (values differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All values are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: use the value of {name} (#{id}): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these are kept on the merged record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts} (will move to the kept record)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiValueEditor</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>You, the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner can do everything, including adding staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase only you know. It is never stored: if it is forgotten, only the recovery key (next step) can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 王老板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your vault and tuning its encryption to this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check of the whole file; nothing is saved yet. Rejected rows are not imported; flagged values are kept as &quot;invalid, needs review&quot;, never as valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows can be imported: {flagged} with values flagged for review. {rejected} rows rejected, {skipped} skipped (blank, totals, or duplicates).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 368.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was bought, e.g. 西湖龙井茶礼盒 ×2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchases recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s), total {total}</source>
        <translation>
            <numerusform>%n purchase, total {total}</numerusform>
            <numerusform>%n purchases, total {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>No purchase yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest purchase {days_since_last} days ago; churned after {churn_days} days without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase for {days_since_last} days (churned from {churn_days} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase yet, so neither new, old nor returning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First purchase {days_since_first} days ago (new within {new_days} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{purchases} purchases, the latest {days_since_last} days ago (returning within {returning_days} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{purchases} purchases: the first {days_since_first} days ago, the latest {days_since_last} days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recent} purchases in the last 365 days (high from {high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recent} purchases in the last 365 days (medium from {mid}, high from {high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recent} purchases in the last 365 days (medium from {mid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase in the last 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency {r}, frequency {f}, monetary {m} (of 5; 3 or more is high): latest purchase {days_since_last} days ago, {purchases} purchases, {total} in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase yet, so no RFM scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the address: province “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the address: city “{value}” is in {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the address: “{value}…” is in {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the address: country {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the phone number: {prefix}… is a number in {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither an address nor a phone number tells the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel recorded as “{source}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source channel recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged “{tag}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches “{rule}”: {conditions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches none of the {rules} custom segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom segments are defined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key from your emergency kit, then choose a new passphrase for the owner. Capital or small letters and the dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock and set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. Check that it is the key of this vault (the vault ID is printed on the emergency kit) and that every group is typed correctly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your new recovery key. The old one no longer works. It is shown only now: save the emergency kit and print it, or write the key down, and keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save emergency kit (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency kit could not be saved there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}. Print it now, then keep the paper safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the owner&apos;s passphrase is ever forgotten, this key is the only way into the vault. Save the emergency kit and print it, or write the key on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save emergency kit (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is cleared again after a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it away from this computer and from your backups — for example in a locked drawer. Anyone with this key and a copy of the vault can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency kit could not be saved there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}. Print it now, then keep the paper safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Mainland China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong, China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan, China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macao, China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (province unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import #{id} of {file} is done: {imported} new, {updated} updated, {flagged} flagged for review, {rejected} rejected, {skipped} skipped. You can undo it from the Import / Export page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new passphrase for {name}. Tell it to them in person; they can change it later. If this computer remembered them, it will ask for the passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role and permissions of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May reveal sensitive fields (ID number, bank account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May export (masked or minimized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can do everything: users, settings, keys, exports and erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can view, add and edit customers and import. Revealing sensitive fields and exporting only if allowed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can only view and search customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Custom segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit custom segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Big spenders in Guangdong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in this segment meet all of these conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another custom segment already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Number of purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent (cents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the latest purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in the last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
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
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {operator} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment name has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another segment is already called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment has at most {max} conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition looks at a field that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition uses an unknown comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{operator}” cannot be used with {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} needs a value to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This segment cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium threshold must be below the high one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a whole number from {min} to {max}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Custom segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom segment collects the customers who meet all its conditions. A customer can be in several custom segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change custom segments; you can see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete custom segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the custom segment “{name}”? The customers are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom segment deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or nothing: if you cancel, nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} rows…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleDataPage</name>
    <message>
        <source>Almost done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can start with an empty vault and add or import your own customers, or try ClientVault first with invented sample customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with sample data (about {count} invented customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample customers, purchases and follow-ups are made up. Use a separate vault for trying things out if you do not want them mixed with real customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding sample customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sample customers added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no sample data was added. Press “Open my vault” to start with an empty vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentBanner</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all customers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing segment: {name} (%n customer(s))</source>
        <translation>
            <numerusform>Showing segment: {name} (%n customer)</numerusform>
            <numerusform>Showing segment: {name} (%n customers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentChart</name>
    <message>
        <source>{count} · {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {value}. Click to show these customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {value}. Press Enter to show these customers; use the arrow keys to move between segments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentCountsModel</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentReasonColumn</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentTab</name>
    <message>
        <source>Segment chart: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action for the selected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggested action for this segment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the suggested default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer list filtered to the selected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change suggested actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensitiveField</name>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full value. Every reveal is recorded in the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full value; it is cleared from the clipboard after a few seconds. Recorded in the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new value; leave empty to remove the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep stored value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Users and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who uses ClientVault on this computer has their own account and passphrase. Roles decide what each person may do inside the app; every action is recorded in the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role and permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase you use to unlock ClientVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key opens the vault when the owner&apos;s passphrase is forgotten. Make a new one if yours is lost or someone else may have seen it; the old one then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the vault a new secret key, for example after someone left who had a copy of the vault files. Everyone keeps their passphrase. This can take a moment for a large vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate vault key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the vault (for everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied values after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as numbers of this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language is switched at once and also used on the login screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change your own passphrase, use “Your account and keys”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role and permissions saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}? They will no longer be able to unlock the vault. What they did stays in the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also rotate the vault key (recommended if they may have a copy of the vault files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was removed and the vault key was rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Remember me on this computer” is not available: this computer has no secure password store that ClientVault can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, you unlock with one click on this computer: the key is kept in the system&apos;s secure password store. Anyone who can sign in to this computer account can then open the vault as you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault will remember you on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault no longer remembers you on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key? The current one stops working at once, so replace every printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the vault a new key now? Everyone keeps their passphrase, and the recovery key keeps working. Copies of the old vault files will no longer open with the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key was rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Vault in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is working on the vault in {folder} right now (for example a backup or restore started from the command line). Wait until it has finished, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault is already open for this vault: switched to its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the vault&apos;s owner can restore a backup ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault to restore the backup {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Use at least 8 characters — a short sentence or several unrelated words is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking strength…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is shorter than {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too easy to guess (common words, names, dates or keyboard patterns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {level}. Not accepted for an owner: {reason}. Add more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {level}. Not accepted: {reason}. Add more words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestedActions</name>
    <message>
        <source>Convert: send an introductory offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch: thank-you note, new arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win back: call with an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome: follow up on the first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward loyalty: member discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate: remind of what they bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP care: priority service and early access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow: bundle or volume offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encourage a repeat purchase: coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them delighted: personal thanks, VIP perks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy more often: membership or subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent silence: call before they drift away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win back a big spender: personal visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the basket: recommend higher-value items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture: useful content and small offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind: seasonal offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low priority: include in mass campaigns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add a tag, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers from CSV, Excel or vCard (contacts) files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the customers this import created and revert its changes to existing customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers with only the fields a purpose needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject requests (a customer asks for a copy of everything you hold about them): open the customer and use its export, or export it here by customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything about one customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import / Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can export everything about a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not export customers. The owner can allow you to make masked exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your exports are masked (138****8000); only the owner can export full values. Every export is recorded in the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are plain files outside the vault. Every export is recorded in the access log with its purpose, fields and count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}: {imported} new, {updated} updated, {flagged} flagged, {rejected} rejected, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of {file}? The customers it created are removed for good, and its changes to existing customers are reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone: {deleted} customers removed, {reverted} customers restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customers changed since could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} customers to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number (shown in the customer&apos;s title):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer-{id}-data-{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON and HTML (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about the customer was written to {json} and {html}. These files are not encrypted: hand them over securely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault has not been used for a while and will lock to protect your customers&apos; data. You have unsaved changes: they will be discarded when the vault locks in {seconds} s. Choose “Keep working” to stay and save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes. Locking the vault discards them. Lock anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to ClientVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customer records, encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault keeps your customers in an encrypted vault on this computer. Nothing is sent to any cloud. Let&apos;s set up your vault: it takes about a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will:
1. choose your name and a passphrase — you are the owner of the vault;
2. write down or print your recovery key, for the day the passphrase is forgotten;
3. choose whether to start with sample customers to try things out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to a new computer, or replacing a broken one? Restore your vault from a backup file (.cvbak) instead of creating a new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring your vault from the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault backups (*.cvbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup made {date}:
{path}
into {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup made {date} (customers: {customers}). Unlock the vault to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These users need a new passphrase from an owner before they can log in again: {users}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log inside this backup does NOT verify: it was changed outside ClientVault before the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Expected another secret on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase: use --passphrase-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has several users: say which one with --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in the recycle bin since {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[invalid, needs review]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault created in {folder}.

Recovery key (shown only this once — print or write it down and keep it somewhere safe; it opens the vault and its backups if every passphrase is lost):

    {key}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the new user {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {user} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {user} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of {user} changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase for {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key (the old one no longer works):

    {key}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least 4 digits to search by phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --set FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer id and the change id shown by `customer history`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {id} moved to the recycle bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {id} restored from the recycle bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {id} erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log verified: {count} entries, chain intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log BROKEN at entry {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: SQLCipher {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {count} problems found — restore from a backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: every page authenticated, structure intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log: {count} entries, chain intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log: BROKEN at entry {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {customers} demo customers and {purchases} purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer no longer remembers you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer will remember you (OS keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientVault (客户保险箱): an encrypted customer vault on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault folder (default: your data folder; env CLIENTVAULT_HOME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user to act as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read secrets one per line from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock with the recovery key read from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new vault and its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also give the vault a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remember me on this computer (OS keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the whole vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add realistic demo customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean purchases per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check this installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip the check that the desktop app starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed by the unfinished command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error. Details were written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key valid when the backup was made: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner passphrase valid when the backup was made: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: {file} ({size}; customers: {customers}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {count} older backups (keeping the newest {keep}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup verified: every part is intact and decrypts; the database inside passed its integrity checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Made: {date} (ClientVault {version}), backup number {sequence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Vault: {vault_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Customers: {customers} (plus {deleted} in the recycle bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Customers: {customers} (plus {deleted} in the recycle bin), purchases: {purchases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Access log: {count} entries; its chain is checked by --thorough and by every restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Access log: {count} entries, chain intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Access log: the chain inside this backup does NOT verify; it was changed outside ClientVault before the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault in this folder has several users: say which owner you are with --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup made {date} (customers: {customers}) into {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a newer backup of this vault exists (made {date}); this restore went back to an older state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers erased after this backup was made were erased again: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was upgraded from an older version of ClientVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These users need a new passphrase from an owner before they can log in again: {users}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup files in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner whose passphrase is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the owner passphrase from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the recovery key from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a number from 1 to {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted backups: create, verify, restore, list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up into a folder or USB drive and verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the newest N backups of this vault in DEST (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a backup file completely, without restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder for the temporary (encrypted) copy; default: the temp folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also run SQLite&apos;s full integrity check of the database inside (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target folder: new, empty, or the vault to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup history, or the backup files in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the backup files in DIR (no passphrase needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter must be comma, semicolon, tab, pipe or one character other than a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: clientvault import undo IMPORT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {id} undone: {deleted} customers removed, {reverted} customers restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import one file at a time: clientvault import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved mapping template is called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run (nothing was saved): {imported} new, {updated} updated, {flagged} flagged, {rejected} rejected, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {id}: {imported} new, {updated} updated, {flagged} flagged, {rejected} rejected, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  row {row}: {status} ({reasons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo with: clientvault import undo {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the encrypted archive: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the export file is not encrypted. Anyone who gets a copy can read it; use --encrypt for a password-protected archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} customers to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about customer #{id} was written to {json} and {html}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import customers from CSV, Excel or vCard; undo; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet of an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column mapping: JSON {column: field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the mapping used under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text encoding (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter: comma, semicolon, tab, pipe or one character (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to do with a row matching an existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check everything, save nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the full report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the rejected rows as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export customers (only the fields you choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields for a purpose (courier: name, phones, addresses …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask phones, emails and ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace ids by pseudonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the data leaves the vault (logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (default) or gb18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a password-protected (AES) zip archive instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data-subject export: everything about one customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--explain needs --customer ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer classifications: counts, or one customer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the custom segments (rules) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classify this customer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why each label applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score between 0 and 1, e.g. 0.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {score:.2f}: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --take FIELD=ID, e.g. --take company=12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either customer ids or --above SCORE, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least two customer ids to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into customer #{survivor} (merge {merge}; undo with `dedupe undo {merge}`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {merge} undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--forget takes exactly two customer ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten: these customers may be offered as duplicates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least two customer ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered: these customers are not duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find, merge and unmerge duplicate customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list clusters of likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only clusters scoring at least X (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge customers into one (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record that stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take this field&apos;s value from that customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge every cluster scoring at least X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merges, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remember that customers are different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget the decision for two customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
