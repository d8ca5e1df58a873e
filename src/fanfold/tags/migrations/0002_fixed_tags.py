from django.db import migrations

from fanfold.tags.models import FIXED_TAGS
from fanfold.tags.naming import tag_key


def create_fixed_tags(apps, schema_editor):
    Tag = apps.get_model("tags", "Tag")
    for tag_type, choices in FIXED_TAGS.items():
        for name in choices.values:
            Tag.objects.get_or_create(type=tag_type, key=tag_key(name), defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("tags", "0001_initial")]
    operations = [migrations.RunPython(create_fixed_tags, migrations.RunPython.noop)]
