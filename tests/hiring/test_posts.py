"""Posts are picked from the loaded Order 338 catalog; a draft's posts can be changed and removed; publishing
names every problem; the announcement links never redirect to themselves or fail in English."""

from decimal import Decimal

import pytest

from sanat.hiring.models import Competition, Post
from sanat.hiring.services import competitions
from sanat.hiring.services.errors import HiringError

from .conftest import build_world


@pytest.fixture
def draft(db, private_media):
    return build_world(publish=False)


def test_a_typed_code_the_catalog_does_not_hold_is_refused_by_the_service(draft):
    with pytest.raises(HiringError, match="not a post of the loaded Order 338 catalog"):
        competitions.add_post(draft.admin, draft.comp, rate=Decimal(1), catalog_position_id="338-3-7")
    assert not draft.comp.posts.filter(catalog_position_id="338-3-7").exists()


def test_a_catalog_post_takes_its_titles_from_the_catalog(draft):
    from sanat.catalog import store

    post = competitions.add_post(draft.admin, draft.comp, rate=Decimal("0.5"), catalog_position_id="338-03-07")
    title = store.position("338-03-07")["title"]
    assert post.title_kk == title["kk"] and post.title_ru == title["ru"]


def test_the_form_offers_only_catalog_posts_and_refuses_a_typed_code(draft):
    from sanat.hiring.forms import PostForm

    form = PostForm({"catalog_position_id": "338-3-7", "rate": "1"}, lang="kk")
    assert not form.is_valid() and "catalog_position_id" in form.errors
    values = [v for _group, opts in form.fields["catalog_position_id"].choices[1:] for v, _label in opts]
    assert "338-03-07" in values and "338-3-7" not in values
    assert PostForm({"catalog_position_id": "338-03-07", "rate": "1"}, lang="kk").is_valid()
    custom = PostForm({"no_regulation_basis": "on", "rate": "1"}, lang="kk")
    assert not custom.is_valid() and "title_kk" in custom.errors  # a custom post needs its title
    assert PostForm({"no_regulation_basis": "on", "title_kk": "Әдіскер", "rate": "1"}, lang="kk").is_valid()


@pytest.mark.parametrize(("prefix", "refusal"), [("", "338 бұйрығының тізімінен"), ("/ru", "из списка Приказа 338")])
def test_posting_a_typed_code_over_http_keeps_the_input_and_names_the_field(client, draft, prefix, refusal):
    client.force_login(draft.admin)
    r = client.post(f"{prefix}/hiring/manage/{draft.comp.pk}/posts/",
                    {"catalog_position_id": "338-3-7", "rate": "0,75", "title_kk": "Менің атауым"})
    page = r.content.decode()
    assert r.status_code == 400 and refusal in page and 'value="Менің атауым"' in page
    assert draft.comp.posts.count() == 2


def test_a_drafts_post_is_edited_and_removed(client, draft):
    client.force_login(draft.admin)
    url = f"/hiring/manage/{draft.comp.pk}/posts/{draft.math.pk}/"
    assert client.get(url).status_code == 200
    r = client.post(url, {"catalog_position_id": "338-03-07", "rate": "0.5", "salary_floor": "120000"})
    assert r.status_code == 302
    draft.math.refresh_from_db()
    assert draft.math.rate == Decimal("0.5") and draft.math.salary_floor == Decimal("120000")
    assert client.post(url + "remove/").status_code == 302
    assert not Post.objects.filter(pk=draft.math.pk).exists()
    client.force_login(draft.secretary)  # not an administrator
    assert client.post(f"/hiring/manage/{draft.comp.pk}/posts/{draft.custom.pk}/remove/").status_code == 403


def test_a_published_competitions_posts_are_fixed(client, world):
    client.force_login(world.admin)
    client.post(f"/hiring/manage/{world.comp.pk}/posts/{world.math.pk}/remove/")
    assert Post.objects.filter(pk=world.math.pk).exists()


def test_publishing_names_every_problem(draft):
    from sanat.hiring.models import CommissionMember

    CommissionMember.objects.filter(competition=draft.comp).exclude(role="chair").delete()
    Post.objects.filter(pk=draft.math.pk).update(catalog_position_id="338-3-7")  # an old typed code
    problems = competitions.publish_problems(draft.comp)
    assert any("338" in p and draft.math.title_kk in p for p in problems)
    assert any("secretary" in p for p in problems) and any("voting members" in p for p in problems)
    with pytest.raises(HiringError, match="cannot be published yet"):
        competitions.publish(draft.admin, draft.comp)
    assert Competition.objects.get(pk=draft.comp.pk).state == Competition.DRAFT


@pytest.mark.parametrize(("prefix", "words"), [("", ["комиссияға хатшы керек", "жариялау мүмкін емес"]), ("/ru", ["комиссии нужен секретарь", "нельзя опубликовать"])])
def test_publish_over_http_lists_the_problems_in_the_interface_language(client, draft, prefix, words):
    from sanat.hiring.models import CommissionMember

    CommissionMember.objects.filter(competition=draft.comp, role="secretary").delete()
    client.force_login(draft.admin)
    r = client.post(f"{prefix}/hiring/manage/{draft.comp.pk}/publish/", follow=True)
    page = r.content.decode()
    assert all(w in page.lower() for w in words) and "needs a secretary" not in page
    assert Competition.objects.get(pk=draft.comp.pk).state == Competition.DRAFT


def test_announcement_html_may_be_framed_by_the_site_only(client, world):
    r = client.get(f"/hiring/c/{world.comp.pk}/announcement-kk.html")
    assert r.status_code == 200
    assert "frame-ancestors 'self'" in r["Content-Security-Policy"] and r["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.parametrize(("prefix", "word"), [("", "каталог"), ("/ru", "каталог")])
def test_a_broken_announcement_answers_a_page_never_a_redirect(client, world, prefix, word):
    Post.objects.filter(pk=world.math.pk).update(catalog_position_id="338-3-7")  # saved before the check existed
    for fmt in ("html", "pdf", "docx"):
        r = client.get(f"{prefix}/hiring/c/{world.comp.pk}/announcement-kk.{fmt}")
        assert r.status_code == 409, fmt
        page = r.content.decode()
        assert word in page and "Traceback" not in page and "cannot" not in page
    assert client.get(f"/hiring/c/{world.comp.pk}/announcement-xx.html").status_code == 404


def test_a_draft_announcement_is_a_preview_for_staff_only(client, draft):
    url = f"/hiring/c/{draft.comp.pk}/announcement-ru.html"
    assert client.get(url).status_code == 404
    client.force_login(draft.admin)
    assert client.get(url).status_code == 200
