"""Django's own messages that our pages show, as msgids of ``sanat/locale`` (which takes precedence).

Django's Kazakh catalog lacks most of them (and its Russian one is complete: ``dev/messages`` copies Django's
Russian msgstr). Nothing imports this module; ``makemessages`` reads it. Add a Django string here when a page
shows it in English (``tests/web/test_no_english.py`` finds it).
"""

from django.utils.translation import gettext_noop as _
from django.utils.translation import ngettext_lazy

FORMS = [
    _("This field is required."),
    _("Enter a valid date."),
    _("Enter a valid time."),
    _("Enter a valid date/time."),
    _("Enter a whole number."),
    _("Enter a number."),
    _("Enter a valid email address."),
    _("Select a valid choice. %(value)s is not one of the available choices."),
    _("Select a valid choice. That choice is not one of the available choices."),
    _("Enter a list of values."),
    _("No file was submitted. Check the encoding type on the form."),
    _("No file was submitted."),
    _("The submitted file is empty."),
    _("Upload a valid image. The file you uploaded was either not an image or a corrupted image."),
    _("Please either submit a file or check the clear checkbox, not both."),
    _("Email"),
]
LENGTHS = [
    ngettext_lazy("Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
                  "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).", "limit_value"),
    ngettext_lazy("Ensure that there are no more than %(max)s digit in total.",
                  "Ensure that there are no more than %(max)s digits in total.", "max"),
]
ACCOUNTS = [
    _("Please enter a correct %(username)s and password. Note that both fields may be case-sensitive."),
    _("This account is inactive."),
    _("The two password fields didn’t match."),
    _("Enter the same password as before, for verification."),
    _("Password"),
    _("Password confirmation"),
    _("Username"),
    _("username"),
    _("Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only."),
    _("A user with that username already exists."),
    _("Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters."),
    _("This password is too common."),
    _("This password is entirely numeric."),
    _("The password is too similar to the %(verbose_name)s."),
    _("Your password can’t be too similar to your other personal information."),
    _("Your password can’t be a commonly used password."),
    _("Your password can’t be entirely numeric."),
]
PASSWORD_LENGTH = [
    ngettext_lazy("This password is too short. It must contain at least %d character.",
                  "This password is too short. It must contain at least %d characters.", "n"),
    ngettext_lazy("Your password must contain at least %(min_length)d character.",
                  "Your password must contain at least %(min_length)d characters.", "min_length"),
]
