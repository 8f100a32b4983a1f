"""Import of catalog, documents, feedback and statistics files: dry run, apply, errors, NFC, formats."""
import json
import unicodedata
from pathlib import Path

import pytest

from tthc_desktop.cli import main
from tthc_desktop.errors import UserError
from tthc_desktop.services import data_formats
from tthc_desktop.services.importing import apply_import, import_files, plan_import
from tthc_desktop.store import catalog, documents, feedback, open_store, statistics

FORMATS = Path(__file__).resolve().parents[1] / "docs" / "formats"

STATS_HEADER = ("period,row_group,label,carried_over,new_online,new_direct,resolved_early,resolved_on_time,"
                "resolved_late,pending_in_time\n")


def write(tmp_path: Path, name: str, text: str, *, bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def db_bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def lock(store, period_start: str, period_end: str, number: str = "05/BC-UBND") -> None:
    store.db["reports"].insert({"period": "x", "period_start": period_start, "period_end": period_end,
                                "status": "issued", "number": number, "issued_on": period_end})


def test_every_format_example_imports_cleanly(store):
    examples = sorted(p for p in FORMATS.iterdir() if p.suffix in (".csv", ".json"))
    assert {p.stem for p in examples} == set(data_formats.KINDS)
    plan = import_files(store, examples, apply=True)
    assert plan.errors() == [] and plan.count("new") > 0 and plan.applied
    assert len(catalog.list_procedures(store)) == 5
    notice = next(d for d in documents.list_documents(store) if d["number"] == "29/TB-UBND")
    assert {(p["code"], p["action"]) for p in notice["procedures"]} == {
        ("3.000722", "new"), ("2.000986", "abolished"), ("1.001193", "listing")}
    # The examples are already in the store now: a second run changes nothing.
    again = plan_import(store, examples)
    assert again.count("unchanged") == plan.count("new") and again.writes == 0


def test_every_column_is_documented():
    for kind, columns in data_formats.SPECS.items():
        text = (FORMATS / f"{kind}.md").read_text(encoding="utf-8")
        for col in columns:
            assert f"`{col.key}`" in text, (kind, col.key)
            for alias in col.aliases:
                assert f"`{alias}`" in text, (kind, alias)


def test_dry_run_lists_each_row_and_writes_nothing(db_path, store, tmp_path, capsys):
    statistics_file = write(tmp_path, "q2.csv", STATS_HEADER + "2025-Q2,linh_vuc,Hộ tịch,2,300,20,290,25,1,6\n"
                                                              "2025-Q2,nganh_doc,Công an xã,0,460,0,0,460,0,0\n")
    store.close()
    before = db_bytes(db_path)
    assert main(["import", str(statistics_file)]) == 0
    out = capsys.readouterr().out
    assert "dòng 2: mới — 2025-Q2 · Lĩnh vực Hộ tịch" in out
    assert "dòng 3: mới — 2025-Q2 · Ngành dọc Công an xã" in out
    assert "Lĩnh vực mới sẽ được tạo: Hộ tịch" in out and "chưa ghi gì" in out
    assert db_bytes(db_path) == before

    assert main(["import", str(statistics_file), "--apply"]) == 0
    with open_store(db_path) as s:
        rows = statistics.stat_rows(s, "2025-Q2")
        assert [(r.label, r.counts.received, r.counts.resolved) for r in rows] == [
            ("Hộ tịch", 322, 316), ("Công an xã", 460, 460)]


def test_changed_rows_show_old_and_new_values(store, tmp_path):
    first = write(tmp_path, "a.csv", STATS_HEADER + "2025-Q2,,Hộ tịch,2,300,20,290,25,1,6\n")
    import_files(store, [first], apply=True)
    second = write(tmp_path, "b.csv", STATS_HEADER + "2025-Q2,,ho tich,2,301,19,290,25,1,6\n")
    plan = plan_import(store, [second])
    row = plan.files[0].rows[0]
    assert row.status == "changed" and row.title == "2025-Q2 · Lĩnh vực Hộ tịch"
    assert "trực tuyến (new_online): 300 → 301" in row.changes[0]
    apply_import(store, plan)
    assert statistics.stat_rows(store, "2025-Q2")[0].counts.new_online == 301
    assert len(catalog.list_fields(store)) == 1  # "ho tich" matched the existing field, no duplicate


@pytest.mark.parametrize("name, text, expected", [
    ("bad.json", '{"kind": "statistics", "rows": [{"period": "2025-Q2",}]}', "không phải JSON hợp lệ (dòng 1"),
    ("cols.csv", "period,label,new_onlin\n2025-Q2,Hộ tịch,3\n", "dòng 1: cột “new_onlin” không có trong định dạng"),
    ("num.csv", STATS_HEADER + "2025-Q2,,Hộ tịch,0,ba trăm,0,0,0,0,0\n",
     "dòng 2: cột “new_online”: giá trị “ba trăm” phải là số nguyên không âm"),
    ("neg.csv", STATS_HEADER + "2025-Q2,,Hộ tịch,0,5,0,0,0,0,-5\n",
     "dòng 2: cột “pending_in_time”: giá trị “-5” không được âm"),
    ("period.csv", STATS_HEADER + "2025-Q5,,Hộ tịch,0,5,0,5,0,0,0\n",
     "dòng 2: cột “period”: giá trị “2025-Q5” không phải kỳ báo cáo hợp lệ"),
    ("date.csv", "received_on,subject,summary\n31/02/2025,quy_dinh,Hỏi về hộ tịch\n",
     "dòng 2: cột “received_on”: giá trị “31/02/2025” không phải ngày hợp lệ"),
    ("subject.csv", "received_on,subject,summary\n2025-02-03,khiếu nại,Hỏi về hộ tịch\n",
     "dòng 2: cột “subject”: giá trị “khiếu nại” không hợp lệ"),
    ("code.json", '[{"kind": "thong_bao", "issued_on": "2025-01-17", "summary": "Công bố", '
                  '"procedures": "9.999999:new"}]', "mục 1: thủ tục mã “9.999999” không có trong danh mục"),
    ("survey.json", '[{"period": "2025-Q2", "label": "Hộ tịch", "survey_satisfied": 10, "survey_total": 12}]',
     "mục 1: tổng số phiếu khảo sát 12 nhưng rất hài lòng + hài lòng + bình thường + không hài lòng = 10"),
    ("dup.csv", STATS_HEADER + "2025-Q2,,Hộ tịch,0,5,0,5,0,0,0\n2025-Q2,,Hộ Tịch,0,6,0,6,0,0,0\n",
     "dòng 3: trùng với tệp"),
    ("kind.csv", "foo,bar\n1,2\n", "không nhận ra loại dữ liệu"),
    ("cells.csv", STATS_HEADER + "2025-Q2,,Hộ tịch,0,5,0,5,0,0,0,7\n", "dòng 2: có 11 ô nhưng dòng tiêu đề chỉ có 10 cột"),
    ("key.json", '[{"period": "2025-Q2", "label": "Hộ tịch", "new_onl": 3}]',
     "mục 1: khóa “new_onl” không có trong định dạng statistics"),
    ("enc.csv", None, "không phải văn bản UTF-8"),
])
def test_bad_input_is_refused_naming_file_row_and_value(db_path, store, tmp_path, capsys, name, text, expected):
    if text is None:
        path = tmp_path / name
        path.write_bytes("period,label\n2025-Q2,Hộ tịch\n".encode("cp1258", errors="replace").replace(b"?", b"\xd0"))
    else:
        path = write(tmp_path, name, text)
    good = write(tmp_path, "good.csv", STATS_HEADER + "2025-Q3,,Chứng thực,0,5,0,5,0,0,0\n")
    store.close()
    before = db_bytes(db_path)
    assert main(["import", str(good), str(path), "--apply"]) == 2
    err = capsys.readouterr().err
    assert f"tệp {path}" in err and expected in err and "Chưa ghi gì" in err
    assert db_bytes(db_path) == before  # the good file was not written either


def test_locked_period_is_refused_with_the_report_number(store, tmp_path):
    lock(store, "2025-03-15", "2025-06-14", "12/BC-UBND")
    path = write(tmp_path, "q2.csv", STATS_HEADER + "2025-Q2,,Hộ tịch,0,5,0,5,0,0,0\n")
    with pytest.raises(UserError) as exc:
        import_files(store, [path], apply=True)
    assert "dòng 2: Kỳ đã khóa do Báo cáo số 12/BC-UBND" in exc.value.message
    assert statistics.stat_rows(store, "2025-Q2") == []
    # A notice dated inside the locked period is refused as well; one after it goes in.
    notices = write(tmp_path, "tb.csv", "kind,number,issued_on,summary\nthong_bao,40/TB-UBND,2025-05-02,Công khai\n"
                                        "thong_bao,90/TB-UBND,2025-07-02,Công khai\n")
    plan = plan_import(store, [notices])
    assert [r.status for r in plan.files[0].rows] == ["error", "new"]


def test_nfd_input_is_stored_as_nfc(store, tmp_path):
    nfd = unicodedata.normalize("NFD", "code,name,field\n1.001193,Thủ tục đăng ký khai sinh,Hộ tịch\n")
    assert not unicodedata.is_normalized("NFC", nfd)
    import_files(store, [write(tmp_path, "nfd.csv", nfd)], apply=True)
    row = catalog.find_procedure_by_code(store, "1.001193")
    assert row["name"] == "Thủ tục đăng ký khai sinh" and unicodedata.is_normalized("NFC", row["name"])
    assert catalog.list_fields(store)[0]["name"] == "Hộ tịch"


def test_bom_semicolons_vietnamese_headers_and_thousand_dots(store, tmp_path):
    text = ("STT;Mã TTHC;Tên thủ tục;Lĩnh vực;Mức độ DVC;Phí lệ phí;Thời hạn giải quyết\n"
            "1;2.000635;Cấp bản sao Trích lục hộ tịch;Hộ tịch;Toàn trình;8.000 đồng;1\n"
            "2;1.000894;Thủ tục đăng ký kết hôn;Hộ tịch;Một phần;Miễn lệ phí;0,5\n")
    import_files(store, [write(tmp_path, "tinh.csv", text, bom=True)], apply=True)
    a, b = (catalog.find_procedure_by_code(store, c) for c in ("2.000635", "1.000894"))
    assert (a["online_type"], a["has_fee"], a["processing_days"]) == ("toan_trinh", 1, 1.0)
    assert (b["online_type"], b["has_fee"], b["processing_days"]) == ("mot_phan", 0, 0.5)
    stats = write(tmp_path, "s.json", json.dumps([{"period": "2023", "label": "Chứng thực", "new_online": "2.119",
                                                   "resolved_early": "2.119"}]))
    import_files(store, [stats], apply=True)
    assert statistics.stat_rows(store, "2023")[0].counts.new_online == 2119


def test_catalog_and_documents_in_one_import(store, tmp_path):
    cat = write(tmp_path, "c.csv", "code,name,field,effective_from\n3.000722,Liên thông điện tử khai sinh,Hộ tịch,"
                                   "2025-03-20\n")
    docs = write(tmp_path, "d.json", json.dumps({"kind": "documents", "rows": [
        {"kind": "Thông báo", "number": "52/TB-UBND", "issued_on": "20/03/2025", "summary": "Công bố liên thông",
         "tags": "cong_bo; công khai, niêm yết TTHC", "procedures": [{"code": "3.000722", "action": "công bố mới"}]}]},
        ensure_ascii=False))
    plan = import_files(store, [docs, cat], apply=True)  # documents first on the command line: still works
    assert plan.count("new") == 2
    doc = documents.list_documents(store)[0]
    assert doc["tags"] == ["cong_bo", "cong_khai"] and doc["procedures"][0]["action"] == "new"
    changes = catalog.changes_between(store, "2025-01-01", "2025-12-31")
    assert [(c["code"], c["kind"], c["changed_on"]) for c in changes] == [("3.000722", "new", "2025-03-20")]


def test_catalog_update_records_amendment_and_abolition(store, tmp_path):
    import_files(store, [write(tmp_path, "a.csv", "code,name,field,online_type\n1.001193,Đăng ký khai sinh,Hộ tịch,"
                                                  "mot_phan\n2.000986,Liên thông khai sinh cũ,Hộ tịch,\n")], apply=True)
    update = write(tmp_path, "b.csv", "code,online_type,changed_on,abolished_on\n1.001193,toan_trinh,2025-04-15,\n"
                                      "2.000986,,,2025-03-20\n")
    plan = plan_import(store, [update])
    assert [r.status for r in plan.files[0].rows] == ["changed", "changed"]
    assert plan.files[0].rows[0].changes == ["online_type: “mot_phan” → “toan_trinh”"]
    apply_import(store, plan)
    changes = catalog.changes_between(store, "2025-01-01", "2025-12-31")
    kinds = {(c["code"], c["kind"], c["changed_on"]) for c in changes}
    assert kinds == {("1.001193", "amended", "2025-04-15"), ("2.000986", "abolished", "2025-03-20")}
    # The name column was absent from the update: kept.
    assert catalog.find_procedure_by_code(store, "1.001193")["name"] == "Đăng ký khai sinh"


def test_feedback_reimport_with_resolution_updates_the_same_item(store, tmp_path):
    head = "received_on,subject,summary,deadline,resolved_on,published\n"
    import_files(store, [write(tmp_path, "a.csv", head + "2025-03-06,quy_dinh,Thời hạn chứng thực dài,2025-03-27,,\n")],
                 apply=True)
    plan = import_files(store, [write(tmp_path, "b.csv", head + "06/03/2025,quy định hành chính,thời hạn chứng thực "
                                                                "dài,2025-03-27,2025-03-24,có\n")], apply=True)
    assert plan.count("changed") == 1
    items = feedback.list_feedback(store)
    assert len(items) == 1 and items[0]["resolved_on"] == "2025-03-24" and items[0]["published"] == 1


def test_replace_deletes_rows_missing_from_the_file(store, tmp_path):
    import_files(store, [write(tmp_path, "a.csv", STATS_HEADER + "2025-Q2,,Hộ tịch,0,5,0,5,0,0,0\n"
                                                                 "2025-Q2,,Đất đai,0,2,0,2,0,0,0\n")], apply=True)
    plan = import_files(store, [write(tmp_path, "b.csv", STATS_HEADER + "2025-Q2,,Hộ tịch,0,5,0,5,0,0,0\n")],
                        apply=True, replace=True)
    assert plan.count("deleted") == 1 and plan.count("unchanged") == 1
    assert [r.label for r in statistics.stat_rows(store, "2025-Q2")] == ["Hộ tịch"]


def test_a_write_failing_midway_rolls_everything_back(db_path, store, tmp_path, monkeypatch):
    path = write(tmp_path, "q.csv", STATS_HEADER + "".join(f"2025-Q2,,Lĩnh vực {i},0,5,0,5,0,0,0\n" for i in range(5)))
    plan = plan_import(store, [path])
    calls = []
    real = statistics.save_stat_row

    def failing(s, period, row):
        calls.append(row.label)
        if len(calls) == 3:
            raise UserError("ổ đĩa đầy")
        return real(s, period, row)

    monkeypatch.setattr(statistics, "save_stat_row", failing)
    with pytest.raises(UserError) as exc:
        apply_import(store, plan)
    assert "dòng 4: ổ đĩa đầy" in exc.value.message and "Chưa ghi gì" in exc.value.message
    assert statistics.stat_rows(store, "2025-Q2") == [] and catalog.list_fields(store) == []


def test_overwrite_needs_confirmation_and_closed_stdin_answers_no(db_path, store, tmp_path, monkeypatch, capsys):
    import io

    import_files(store, [write(tmp_path, "a.csv", STATS_HEADER + "2025-Q2,,Hộ tịch,0,5,0,5,0,0,0\n")], apply=True)
    store.close()
    changed = write(tmp_path, "b.csv", STATS_HEADER + "2025-Q2,,Hộ tịch,0,6,0,6,0,0,0\n")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["import", str(changed), "--apply"]) == 2
    assert "--yes" in capsys.readouterr().err
    with open_store(db_path) as s:
        assert statistics.stat_rows(s, "2025-Q2")[0].counts.new_online == 5
    assert main(["import", str(changed), "--apply", "--yes"]) == 0
    with open_store(db_path) as s:
        assert statistics.stat_rows(s, "2025-Q2")[0].counts.new_online == 6


def test_kind_option_overrides_detection_and_json_kind_must_agree(store, tmp_path):
    path = write(tmp_path, "x.json", '{"kind": "feedback", "rows": []}')
    with pytest.raises(UserError) as exc:
        import_files(store, [path], kind="catalog")
    assert "tệp ghi loại “feedback” nhưng lệnh yêu cầu --kind catalog" in exc.value.message
    xlsx = tmp_path / "danh-muc.xlsx"
    xlsx.write_bytes(b"PK\x03\x04")
    with pytest.raises(UserError) as exc:
        import_files(store, [xlsx])
    assert f"tệp {xlsx}: Tệp “danh-muc.xlsx” bị hỏng hoặc không đọc được" in exc.value.message
    with pytest.raises(UserError) as exc:
        import_files(store, [xlsx], kind="statistics")
    assert "tệp Excel chỉ nhập được danh mục TTHC" in exc.value.message


def test_province_catalog_xlsx_goes_through_the_sheet_reader(store, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ"])
    ws.append(["STT", "Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Mức độ cung cấp DVC", "Phí lệ phí"])
    ws.append([1, "1.001193.000.00.00.H26", "Thủ tục đăng ký khai sinh", "Hộ tịch", "Toàn trình", "Miễn lệ phí"])
    ws.append([2, "2.000635.000.00.00.H26", "Cấp bản sao Trích lục hộ tịch", "Hộ tịch", "Một phần", "8.000 đồng"])
    path = tmp_path / "danh-muc-tinh.xlsx"
    wb.save(path)
    plan = import_files(store, [path], apply=True)
    assert [r.status for r in plan.files[0].rows] == ["new", "new"]
    row = catalog.find_procedure_by_code(store, "2.000635")
    assert (row["local_code"], row["online_type"], row["has_fee"]) == ("2.000635.000.00.00.H26", "mot_phan", 1)

    ws.append([3, "2.000635", "Cấp bản sao Trích lục hộ tịch (trùng)", "Hộ tịch", "Một phần", ""])
    wb.save(path)
    with pytest.raises(UserError) as exc:
        import_files(store, [path], apply=True)
    assert "dòng 5: mã 2.000635 trùng với dòng 4" in exc.value.message


def test_field_names_match_the_commune_fields(store, tmp_path):
    from tthc_desktop.services.setup import after_init

    after_init(store)  # the commune fields of resources/data/fields-xa.json
    path = write(tmp_path, "s.csv", STATS_HEADER + "2025-Q2,,Lĩnh vực NCC,0,5,0,5,0,0,0\n"
                                                  "2025-Q2,,Thi đua khen thưởng,0,2,0,2,0,0,0\n"
                                                  "2025-Q2,,Hộ tich và chứng thực,0,1,0,1,0,0,0\n")
    plan = plan_import(store, [path])
    assert [r.record["label"] for r in plan.files[0].rows] == ["Người có công", "Thi đua, khen thưởng",
                                                                "Hộ tich và chứng thực"]
    assert plan.new_fields == ["Hộ tich và chứng thực"] or plan.new_fields[0].startswith("Hộ tich và chứng thực (")
