<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Interrupted; nothing was changed by the unfinished command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error. Details were written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
