"""Offline geocoding: right place with coordinates, or a clear "not located"."""
from chronologist.entities.geo import country_code, geocode


def test_city_has_coordinates_and_country():
    p = geocode("Phnom Penh")
    assert p.country == "KH" and p.located == "city"
    assert abs(p.lat - 11.56) < 0.05 and abs(p.lon - 104.92) < 0.05


def test_country_is_located_at_its_capital_and_says_so():
    p = geocode("Vietnam")
    assert p.country == "VN" and "country" in p.located


def test_province_without_coordinates_is_country_only():
    p = geocode("Dong Nai", prefer="province")
    assert p.country == "VN" and p.lat is None and "country only" in p.located


def test_site_from_the_own_table():
    p = geocode("Angkor")
    assert p.kind == "site" and p.country == "KH" and p.lat is not None


def test_historical_name_keeps_its_name_and_points_to_the_modern_country():
    p = geocode("Democratic Kampuchea")
    assert p.name == "Democratic Kampuchea" and p.country == "KH" and "Cambodia" in p.located
    assert country_code("Kampuchea") == "KH"


def test_unknown_place_is_not_invented():
    assert geocode("Eastern Zone") is None
    assert geocode("Xqzzyville") is None
