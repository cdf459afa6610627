"""Absolute links for e-mails: the public address from SANAT_SITE_URL and the page's language prefix."""

from sanat.web.kit.links import site_link, site_url


def test_site_link_uses_the_public_address_and_the_language_prefix(settings):
    settings.SITE_URL = "https://sanat.example.kz/"
    assert site_url() == "https://sanat.example.kz"
    assert site_link("hiring:application", lang="kk", args=[7]) == "https://sanat.example.kz/hiring/a/7/"
    assert site_link("hiring:application", lang="ru", args=[7]) == "https://sanat.example.kz/ru/hiring/a/7/"
    assert site_link("hiring:application", lang="en", args=[7]).endswith("//sanat.example.kz/hiring/a/7/")  # → kk


def test_without_the_setting_the_first_allowed_host_over_https(settings):
    settings.SITE_URL = ""
    settings.ALLOWED_HOSTS = [".example.kz", "sanat.example.kz", "localhost"]
    assert site_url() == "https://sanat.example.kz"
