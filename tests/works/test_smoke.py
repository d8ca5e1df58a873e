def test_home_and_work_pages_render(client, author, make_work):
    work = make_work(author, chapters=2, notes="A/N: hello")
    assert client.get("/").status_code == 200
    response = client.get(work.get_absolute_url())
    assert response.status_code == 200
    assert b"Lamplight" in response.content
