from reception.desk_identity import DESK_NAME_VARIABLE, desk_name, desk_user


def test_desk_name_is_the_clinics_choice_when_set(monkeypatch):
    monkeypatch.setenv(DESK_NAME_VARIABLE, "  Reception 2 ")
    assert desk_name() == "Reception 2"


def test_desk_name_falls_back_to_the_pcs_name(monkeypatch):
    import platform

    monkeypatch.delenv(DESK_NAME_VARIABLE, raising=False)
    assert desk_name() == (platform.node().split(".")[0] or "Reception")


def test_desk_name_is_kept_short(monkeypatch):
    monkeypatch.setenv(DESK_NAME_VARIABLE, "x" * 100)
    assert len(desk_name()) == 40


def test_desk_user_is_a_string():
    assert isinstance(desk_user(), str)
