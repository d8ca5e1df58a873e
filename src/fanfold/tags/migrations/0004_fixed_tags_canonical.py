from django.db import migrations


def fixed_tags_are_canonical(apps, schema_editor):
    Tag = apps.get_model("tags", "Tag")
    Tag.objects.filter(type__in=["rating", "warning", "category"]).update(canonical=True)


class Migration(migrations.Migration):
    dependencies = [("tags", "0003_wrangler_wranglinglog_tag_canonical_tag_characters_and_more")]
    operations = [migrations.RunPython(fixed_tags_are_canonical, migrations.RunPython.noop)]
