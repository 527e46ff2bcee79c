"""What each Bandwidth.Net 4.1.2 call sends and returns, written from the real library's source.

Each case: a name, C# statements (the body of an `async () => { ... }` returning the string a
sample would print; `client` is a Client for user u-1), the requests the real library sends
(method, target, body text; "" = no body) and the printed string. Source files are those of
src/Bandwidth.Net/Api/ at the 4.1.2 commit.
"""

from __future__ import annotations

import json

from hostile import HOSTILE

U = "/v1/users/u-1"
FROM, TO = "+19195551212", "+19195551213"

CASES: list[tuple[str, str, list[tuple[str, str, str]], str]] = [
    # ---- Bridge.cs
    (
        "bridge_create",
        'return await client.Bridge.CreateAsync(new CreateBridgeData { CallIds = new[] { "c-1", "c-2" },'
        " BridgeAudio = false });",
        [("POST", f"{U}/bridges", '{"callIds":["c-1","c-2"],"bridgeAudio":false}')],
        "b-1",
    ),
    (
        "bridge_get",
        'var b = await client.Bridge.GetAsync("b-1");'
        ' return $"{b.Id} {b.State} {string.Join(",", b.CallIds)} {b.BridgeAudio}'
        ' {b.CreatedTime.ToString("o", CultureInfo.InvariantCulture)}";',
        [("GET", f"{U}/bridges/b-1", "")],
        "b-1 Active c-1,c-2 True 2013-04-22T13:55:30.2790000Z",
    ),
    (
        "bridge_list",
        'return string.Join(",", client.Bridge.List(new BridgeQuery { Size = 5 }).Select(x => x.Id));',
        [("GET", f"{U}/bridges?size=5", "")],
        "b-1",
    ),
    (
        "bridge_update",
        'await client.Bridge.UpdateAsync("b-1", new UpdateBridgeData { CallIds = new string[0],'
        ' BridgeAudio = true }); return "done";',
        [("POST", f"{U}/bridges/b-1", '{"callIds":[],"bridgeAudio":true}')],
        "done",
    ),
    (
        "bridge_calls",
        'return string.Join(",", client.Bridge.GetCalls("b-1").Select(x => x.Id + ":" + x.State));',
        [("GET", f"{U}/bridges/b-1/calls", "")],
        "c-1:Active",
    ),
    (
        "bridge_audio",
        'await client.Bridge.PlayAudioAsync("b-1", new PlayAudioData { FileUrl = "http://x/a.wav",'
        ' LoopEnabled = false }); return "done";',
        [("POST", f"{U}/bridges/b-1/audio", '{"fileUrl":"http://x/a.wav","loopEnabled":false}')],
        "done",
    ),
    (
        "bridge_speak",  # PlayAudio.cs: SpeakSentenceAsync defaults
        'await client.Bridge.SpeakSentenceAsync("b-1", "Hello"); return "done";',
        [
            (
                "POST",
                f"{U}/bridges/b-1/audio",
                '{"sentence":"Hello","gender":"female","locale":"en_US","voice":"susan"}',
            )
        ],
        "done",
    ),
    # ---- Call.cs
    (
        "call_create",
        'return await client.Call.CreateAsync(new CreateCallData { From = "+19195551212",'
        ' To = "+19195551213", CallTimeout = 30, CallbackHttpMethod = CallbackHttpMethod.Get,'
        ' RecordingEnabled = false, Tag = "t",'
        ' SipHeaders = new Dictionary<string, string> { { "X-Custom-Header", "v" } } });',
        [
            (
                "POST",
                f"{U}/calls",
                f'{{"from":"{FROM}","to":"{TO}","callTimeout":30,"callbackHttpMethod":"get",'
                '"recordingEnabled":false,"tag":"t","sipHeaders":{"X-Custom-Header":"v"}}',
            )
        ],
        "c-1",
    ),
    (
        "call_get",
        'var c = await client.Call.GetAsync("c-1");'
        ' return $"{c.Id} {c.Direction} {c.State} {c.StartTime.ToString("o", CultureInfo.InvariantCulture)}'
        ' {c.SipHeaders["X-Custom"]} {c.RecordingEnabled}";',
        [("GET", f"{U}/calls/c-1", "")],
        "c-1 Out Active 2013-02-08T13:15:47.0000000Z v False",
    ),
    (
        "call_list_pages",  # LazyEnumerable.cs: follows Link rel="next" (no Accept header there)
        'return string.Join(",", client.Call.List(new CallQuery { BridgeId = "b-1", Size = 2,'
        " SortOrder = SortOrder.Asc }).Select(x => x.Id));",
        [
            ("GET", f"{U}/calls?bridgeId=b-1&size=2&sortOrder=Asc", ""),
            ("GET", f"{U}/calls?page=1&size=2", ""),
        ],
        "c-1,c-2",
    ),
    (
        "call_update",
        'var r = await client.Call.UpdateAsync("c-1", new UpdateCallData { State = CallState.Active,'
        " RecordingEnabled = false }); return ((int)r.StatusCode).ToString();",
        [("POST", f"{U}/calls/c-1", '{"state":"active"}')],
        "200",
    ),
    (
        "call_update_started",  # non-nullable State: CallState.Started is the default, not sent
        'await client.Call.UpdateAsync("c-1", new UpdateCallData { State = CallState.Started,'
        ' TransferTo = "+19195550000" }); return "done";',
        [("POST", f"{U}/calls/c-1", '{"transferTo":"+19195550000"}')],
        "done",
    ),
    (
        "call_hangup",
        'await client.Call.HangupAsync("c-1"); return "done";',
        [("POST", f"{U}/calls/c-1", '{"state":"completed"}')],
        "done",
    ),
    (
        "call_answer",
        'await client.Call.AnswerAsync("c-1"); return "done";',
        [("POST", f"{U}/calls/c-1", '{"state":"active"}')],
        "done",
    ),
    (
        "call_reject",
        'await client.Call.RejectAsync("c-1"); return "done";',
        [("POST", f"{U}/calls/c-1", '{"state":"rejected"}')],
        "done",
    ),
    (
        "call_recording_on",
        'await client.Call.TurnCallRecordingAsync("c-1", true); return "done";',
        [("POST", f"{U}/calls/c-1", '{"recordingEnabled":true}')],
        "done",
    ),
    (
        "call_recording_off",  # false is the default of the non-nullable bool: {} is sent
        'await client.Call.TurnCallRecordingAsync("c-1", false); return "done";',
        [("POST", f"{U}/calls/c-1", "{}")],
        "done",
    ),
    (
        "call_transfer",  # WhisperAudio.Gender is non-nullable: Male (the default) is not sent
        'return await client.Call.TransferAsync("c-1", "+19195550000", whisperAudio: new WhisperAudio'
        ' { Gender = Gender.Male, Sentence = "Hi", Voice = "paul" });',
        [
            (
                "POST",
                f"{U}/calls/c-1",
                '{"state":"transferring","transferTo":"+19195550000",'
                '"whisperAudio":{"voice":"paul","sentence":"Hi"}}',
            )
        ],
        "c-2",
    ),
    (
        "call_dtmf",
        'await client.Call.SendDtmfAsync("c-1", new SendDtmfData { DtmfOut = "1234" }); return "done";',
        [("POST", f"{U}/calls/c-1/dtmf", '{"dtmfOut":"1234"}')],
        "done",
    ),
    (
        "call_audio_file",
        'await client.Call.PlayAudioFileAsync("c-1", "http://x/a.wav", "tag1"); return "done";',
        [("POST", f"{U}/calls/c-1/audio", '{"fileUrl":"http://x/a.wav","tag":"tag1"}')],
        "done",
    ),
    (
        "call_events",
        'var e = client.Call.GetEvents("c-1").First(); return $"{e.Id} {e.Name} {e.Data["n"]}";',
        [("GET", f"{U}/calls/c-1/events", "")],
        "ev-1 create 1",
    ),
    (
        "call_event",
        'var e = await client.Call.GetEventAsync("c-1", "ev-1"); return $"{e.Id} {e.Name}";',
        [("GET", f"{U}/calls/c-1/events/ev-1", "")],
        "ev-1 create",
    ),
    (
        "call_recordings",
        'var r = client.Call.GetRecordings("c-1").First(); return $"{r.Id} {r.State} {r.MediaName}";',
        [("GET", f"{U}/calls/c-1/recordings", "")],
        "rec-1 Complete rec-1.wav",
    ),
    (
        "call_transcriptions",
        'var t = client.Call.GetTranscriptions("c-1").First(); return $"{t.Id} {t.State} {t.Text}";',
        [("GET", f"{U}/calls/c-1/transcriptions", "")],
        "t-1 Completed Hello",
    ),
    (
        "gather_create",  # GatherPrompt's own Bargeable comes before PlayAudioData's properties
        'return await client.Call.CreateGatherAsync("c-1", new CreateGatherData { MaxDigits = "4",'
        ' Tag = "g", Prompt = new GatherPrompt { Sentence = "Press", Bargeable = false,'
        " Gender = Gender.Male } });",
        [
            (
                "POST",
                f"{U}/calls/c-1/gather",
                '{"maxDigits":"4","tag":"g","prompt":{"bargeable":false,"sentence":"Press","gender":"male"}}',
            )
        ],
        "g-1",
    ),
    (
        "gather_get",
        'var g = await client.Call.GetGatherAsync("c-1", "g-1");'
        ' return $"{g.Id} {g.State} {g.Reason} {g.Digits} {g.CallId}";',
        [("GET", f"{U}/calls/c-1/gather/g-1", "")],
        "g-1 Completed MaxDigits 1234 c-1",
    ),
    (
        "gather_update",
        'await client.Call.UpdateGatherAsync("c-1", "g-1", new UpdateGatherData'
        ' { State = CallGatherState.Completed }); return "done";',
        [("POST", f"{U}/calls/c-1/gather/g-1", '{"state":"completed"}')],
        "done",
    ),
    # ---- Conference.cs
    (
        "conference_create",  # Profile uses JsonStringEnumConverter(..., '_')
        'return await client.Conference.CreateAsync(new CreateConferenceData { From = "+19195551212",'
        " CallbackTimeout = 0, Profile = ConferenceDtmfProfile.PassthruDigits });",
        [
            (
                "POST",
                f"{U}/conferences",
                f'{{"from":"{FROM}","callbackTimeout":0,"profile":"passthru_digits"}}',
            )
        ],
        "conf-1",
    ),
    (
        "conference_get",
        'var c = await client.Conference.GetAsync("conf-1");'
        ' return $"{c.Id} {c.State} {c.Profile} {c.ActiveMembers} {c.Hold}";',
        [("GET", f"{U}/conferences/conf-1", "")],
        "conf-1 Created InterpretDigits 0 False",
    ),
    (
        "conference_update",
        'await client.Conference.UpdateAsync("conf-1", new UpdateConferenceData { State = ConferenceState.Active,'
        ' Mute = false, Hold = true }); return "done";',
        [("POST", f"{U}/conferences/conf-1", '{"state":"active","hold":true}')],
        "done",
    ),
    (
        "conference_terminate",
        'await client.Conference.TerminateAsync("conf-1"); return "done";',
        [("POST", f"{U}/conferences/conf-1", '{"state":"completed"}')],
        "done",
    ),
    (
        "conference_unmute",  # Mute = false is the default of a non-nullable bool
        'await client.Conference.MuteAsync("conf-1", false); return "done";',
        [("POST", f"{U}/conferences/conf-1", "{}")],
        "done",
    ),
    (
        "conference_hold",
        'await client.Conference.HoldAsync("conf-1", true); return "done";',
        [("POST", f"{U}/conferences/conf-1", '{"hold":true}')],
        "done",
    ),
    (
        "conference_speak",
        'await client.Conference.SpeakSentenceAsync("conf-1", "Hi", Gender.Male, "paul"); return "done";',
        [
            (
                "POST",
                f"{U}/conferences/conf-1/audio",
                '{"sentence":"Hi","gender":"male","locale":"en_US","voice":"paul"}',
            )
        ],
        "done",
    ),
    (
        "member_create",
        'return await client.Conference.CreateMemberAsync("conf-1", new CreateConferenceMemberData'
        ' { CallId = "c-1", JoinTone = true, Mute = false });',
        [("POST", f"{U}/conferences/conf-1/members", '{"joinTone":true,"callId":"c-1"}')],
        "mem-1",
    ),
    (
        "member_get",
        'var m = await client.Conference.GetMemberAsync("conf-1", "mem-1");'
        ' return $"{m.Id} {m.State} {m.Mute} {m.CallId}";',
        [("GET", f"{U}/conferences/conf-1/members/mem-1", "")],
        "mem-1 Active True c-1",
    ),
    (
        "member_list",
        'return string.Join(",", client.Conference.GetMembers("conf-1").Select(x => x.Id));',
        [("GET", f"{U}/conferences/conf-1/members", "")],
        "mem-1",
    ),
    (
        "member_update",
        'await client.Conference.UpdateMemberAsync("conf-1", "mem-1", new UpdateConferenceMemberData'
        ' { Mute = true }); return "done";',
        [("POST", f"{U}/conferences/conf-1/members/mem-1", '{"mute":true}')],
        "done",
    ),
    (
        "member_delete",
        'await client.Conference.DeleteMemberAsync("conf-1", "mem-1"); return "done";',
        [("POST", f"{U}/conferences/conf-1/members/mem-1", '{"state":"completed"}')],
        "done",
    ),
    (
        "member_unhold",
        'await client.Conference.HoldMemberAsync("conf-1", "mem-1", false); return "done";',
        [("POST", f"{U}/conferences/conf-1/members/mem-1", "{}")],
        "done",
    ),
    (
        "member_audio_file",
        'await client.Conference.PlayAudioFileToMemberAsync("conf-1", "mem-1", "http://x/a.wav");'
        ' return "done";',
        [("POST", f"{U}/conferences/conf-1/members/mem-1/audio", '{"fileUrl":"http://x/a.wav"}')],
        "done",
    ),
    (
        "member_speak",
        'await client.Conference.SpeakSentenceToMemberAsync("conf-1", "mem-1", "Bye"); return "done";',
        [
            (
                "POST",
                f"{U}/conferences/conf-1/members/mem-1/audio",
                '{"sentence":"Bye","gender":"female","locale":"en_US","voice":"susan"}',
            )
        ],
        "done",
    ),
    # ---- Recording.cs, Transcription.cs
    (
        "recording_list",
        'return string.Join(",", client.Recording.List(new RecordingQuery { Size = 3 }).Select(x => x.Id));',
        [("GET", f"{U}/recordings?size=3", "")],
        "rec-1",
    ),
    (
        "recording_get",
        'var r = await client.Recording.GetAsync("rec-1"); return $"{r.Id} {r.State} {r.CallId} {r.MediaName}";',
        [("GET", f"{U}/recordings/rec-1", "")],
        "rec-1 Complete c-1 rec-1.wav",
    ),
    (
        "transcription_create",  # the body is `new object()`: {}
        'return await client.Transcription.CreateAsync("rec-1");',
        [("POST", f"{U}/recordings/rec-1/transcriptions", "{}")],
        "t-1",
    ),
    (
        "transcription_list",
        'return string.Join(",", client.Transcription.List("rec-1").Select(x => x.Id));',
        [("GET", f"{U}/recordings/rec-1/transcriptions", "")],
        "t-1",
    ),
    (
        "transcription_get",  # 4.1.2's path has a stray "bridges/"
        'var t = await client.Transcription.GetAsync("rec-1", "t-1");'
        ' return $"{t.Id} {t.State} {t.Text} {t.ChargeableDuration} {t.TextMediaName}";',
        [("GET", f"{U}/bridges/recordings/rec-1/transcriptions/t-1", "")],
        "t-1 Completed Hello 2 t-1.txt",
    ),
    # ---- Message.cs
    (
        "message_send",
        'return await client.Message.SendAsync(new MessageData { From = "+19195551212",'
        ' To = "+19195551213", Text = "Hi", Media = new[] { "http://x/i.png" }, CallbackTimeout = 0,'
        " ReceiptRequested = MessageReceiptRequested.None });",
        [
            (
                "POST",
                f"{U}/messages",
                f'{{"from":"{FROM}","to":"{TO}","text":"Hi","media":["http://x/i.png"],'
                '"callbackTimeout":0,"receiptRequested":"none"}',
            )
        ],
        "m-1",
    ),
    (
        "message_send_many",
        "var r = await client.Message.SendAsync(new[] {"
        ' new MessageData { From = "+19195551212", To = "+19195551213", Text = "a" },'
        ' new MessageData { From = "+19195551212", To = "+19195551213", Text = "b" } });'
        ' return $"{r.Length} {r[0].Result} {r[0].Id} {r[0].Message.Text} | {r[1].Result}'
        ' {r[1].Error.Message} {r[1].Message.Text}";',
        [
            (
                "POST",
                f"{U}/messages",
                f'[{{"from":"{FROM}","to":"{TO}","text":"a"}},{{"from":"{FROM}","to":"{TO}","text":"b"}}]',
            )
        ],
        "2 Accepted m-1 a | Error blocked number b",
    ),
    (
        "message_get",
        'var m = await client.Message.GetAsync("m-1");'
        ' return $"{m.Id} {m.Direction} {m.State} {m.DeliveryState} {m.Text}";',
        [("GET", f"{U}/messages/m-1", "")],
        "m-1 Out Sent NotDelivered Hi",
    ),
    (
        "message_list",  # Convert.ToString for enums; MessageQueryDateTime "yyyy-MM-dd HH:mm:ss"
        'return string.Join(",", client.Message.List(new MessageQuery { From = "+19195551212",'
        " FromDateTime = new DateTime(2017, 1, 2, 3, 4, 5), Direction = MessageDirection.In,"
        " DeliveryState = MessageDeliveryState.NotDelivered, SortOrder = SortOrder.Asc, Size = 10 })"
        ".Select(x => x.Id));",
        [
            (
                "GET",
                f"{U}/messages?from=%2B19195551212&fromDateTime=2017-01-02%2003%3A04%3A05&direction=In"
                "&deliveryState=NotDelivered&sortOrder=Asc&size=10",
                "",
            )
        ],
        "m-1",
    ),
    (
        "message_patch",
        'await client.Message.PatchAsync("m-1", new PatchMessageData { Text = "" }); return "done";',
        [("PATCH", f"{U}/messages/m-1", '{"text":""}')],
        "done",
    ),
    # ---- Client.cs / JsonHelpers.cs: errors
    (
        "error_404",
        'try { await client.Call.GetAsync("nope"); return "no error"; }'
        ' catch (BandwidthException e) { return $"{e.GetType().Name} {(int)e.Code} {e.Message}"; }',
        [("GET", f"{U}/calls/nope", "")],
        "BandwidthException 404 not found: nope",
    ),
    # ---- Account.cs, Error.cs
    (
        "account_get",
        'var a = await client.Account.GetAsync(); return $"{a.Balance} {a.AccountType}";',
        [("GET", f"{U}/account", "")],
        "538.37250 PrePay",
    ),
    (
        "account_transactions",
        "var t = client.Account.GetTransactions(new AccountTransactionQuery"
        " { Type = AccountTransactionType.AutoRecharge, Size = 1 }).First();"
        ' return $"{t.Id} {t.Type} {t.ProductType} {t.Amount}";',
        [("GET", f"{U}/account/transactions?type=AutoRecharge&size=1", "")],
        "tx-1 Charge SmsOut 0.00750",
    ),
    (
        "errors_list",
        "var e = client.Error.List().First();"
        ' return $"{e.Id} {e.Category} {e.Code} {e.Details[0].Name}={e.Details[0].Value}";',
        [("GET", f"{U}/errors", "")],
        "err-1 BadRequest no-such-call callId=c-9",
    ),
    # ---- AvailableNumber.cs, NumberInfo.cs, PhoneNumber.cs
    (
        "numbers_search_local",
        'var n = await client.AvailableNumber.SearchLocalAsync(new LocalNumberQuery { State = "NC",'
        " InLocalCallingArea = true, Quantity = 2 }); return n[0].Number;",
        [("GET", "/v1/availableNumbers/local?state=NC&inLocalCallingArea=True&quantity=2", "")],
        "+19195551212",
    ),
    (
        "numbers_order_toll_free",  # the body is the JSON string ""
        "var n = await client.AvailableNumber.SearchAndOrderTollFreeAsync(new TollFreeNumberQueryForOrder"
        ' { Quantity = 1 }); return $"{n[0].Id} {n[0].Number}";',
        [("POST", "/v1/availableNumbers/tollFree?quantity=1", '""')],
        "n-1 +18005551212",
    ),
    (
        "number_info",
        'var i = await client.NumberInfo.GetAsync("+19195551212"); return i.Name;',
        [("GET", "/v1/phoneNumbers/numberInfo/%2B19195551212", "")],
        "Jane Doe",
    ),
    (
        "phone_number_create",  # ProviderName has a default value; dictionary keys are camelCased
        'return await client.PhoneNumber.CreateAsync(new CreatePhoneNumberData { Number = "+19195551212",'
        " Provider = new PhoneNumberProvider { Properties = new Dictionary<string, object>"
        ' { { "AccountId", "1" } } } });',
        [
            (
                "POST",
                f"{U}/phoneNumbers",
                f'{{"number":"{FROM}","provider":{{"providerName":"bandwidth-dashboard",'
                '"properties":{"accountId":"1"}}}',
            )
        ],
        "n-1",
    ),
    (
        "phone_number_list",
        "var n = client.PhoneNumber.List(new PhoneNumberQuery { NumberState = PhoneNumberState.Enabled })"
        '.First(); return $"{n.Id} {n.NumberState}";',
        [("GET", f"{U}/phoneNumbers?numberState=Enabled", "")],
        "n-1 Enabled",
    ),
    (
        "phone_number_update_delete",
        'await client.PhoneNumber.UpdateAsync("n-1", new UpdatePhoneNumberData { Name = "home" });'
        ' await client.PhoneNumber.DeleteAsync("n-1"); return "done";',
        [
            ("POST", f"{U}/phoneNumbers/n-1", '{"name":"home"}'),
            ("DELETE", f"{U}/phoneNumbers/n-1", ""),
        ],
        "done",
    ),
    # ---- Domain.cs, Endpoint.cs
    (
        "domain_list",  # DomainQuery.Size is a non-nullable int: always sent
        'return string.Join(",", client.Domain.List(new DomainQuery()).Select(x => x.Id + ":" + x.Name));',
        [("GET", f"{U}/domains?size=0", "")],
        "d-1:dom",
    ),
    (
        "domain_create_delete",
        'var id = await client.Domain.CreateAsync(new CreateDomainData { Name = "dom" });'
        " await client.Domain.DeleteAsync(id); return id;",
        [("POST", f"{U}/domains", '{"name":"dom"}'), ("DELETE", f"{U}/domains/d-1", "")],
        "d-1",
    ),
    (
        "endpoint_create",  # the domain id comes from the data, and is also sent in the body
        'return await client.Endpoint.CreateAsync(new CreateEndpointData { DomainId = "d-1", Name = "ep",'
        ' Credentials = new CreateEndpointCredentials { Password = "p" } });',
        [
            (
                "POST",
                f"{U}/domains/d-1/endpoints",
                '{"name":"ep","domainId":"d-1","credentials":{"password":"p"}}',
            )
        ],
        "e-1",
    ),
    (
        "endpoint_get_list",
        'var e = await client.Endpoint.GetAsync("d-1", "e-1");'
        ' var all = client.Endpoint.List("d-1", new EndpointQuery { Size = 1 }).Count();'
        ' return $"{e.Id} {e.Enabled} {e.Credentials.UserName} {all}";',
        [
            ("GET", f"{U}/domains/d-1/endpoints/e-1", ""),
            ("GET", f"{U}/domains/d-1/endpoints?size=1", ""),
        ],
        "e-1 True jsmith 1",
    ),
    (
        "endpoint_update_delete",
        'await client.Endpoint.UpdateAsync("d-1", "e-1", new UpdateEndpointData { Enabled = false,'
        ' Credentials = new UpdateEndpointCredentials { Password = "q" } });'
        ' await client.Endpoint.DeleteAsync("d-1", "e-1"); return "done";',
        [
            (
                "POST",
                f"{U}/domains/d-1/endpoints/e-1",
                '{"enabled":false,"credentials":{"password":"q"}}',
            ),
            ("DELETE", f"{U}/domains/d-1/endpoints/e-1", ""),
        ],
        "done",
    ),
    (
        "endpoint_token",  # data = null: no body at all
        'var t = await client.Endpoint.CreateAuthTokenAsync("d-1", "e-1"); return $"{t.Token} {t.Expires}";',
        [("POST", f"{U}/domains/d-1/endpoints/e-1/tokens", "")],
        "tok 3600",
    ),
    # ---- Media.cs
    (
        "media_upload",
        'await client.Media.UploadAsync(new UploadMediaFileData { MediaName = "a b.txt", String = "hello",'
        ' ContentType = "text/plain" }); return "done";',
        [("PUT", f"{U}/media/a%20b.txt", "hello")],
        "done",
    ),
    (
        "media_download",
        'using (var d = await client.Media.DownloadAsync("a b.txt"))'
        ' { return $"{d.ContentType} {d.ContentLength} {await d.ReadAsStringAsync()}"; }',
        [("GET", f"{U}/media/a%20b.txt", "")],
        "text/plain 5 hello",
    ),
    (
        "media_list_delete",
        "var f = client.Media.List().First(); await client.Media.DeleteAsync(f.MediaName);"
        ' return $"{f.MediaName} {f.ContentLength}";',
        [("GET", f"{U}/media", ""), ("DELETE", f"{U}/media/a.wav", "")],
        "a.wav 5",
    ),
]


# ---- hostile strings in list and nested values (JSON escaping of Newtonsoft's defaults)


def _literal(text: str) -> str:
    """A C# string literal for text (UTF-16 escapes for everything outside printable ASCII)."""
    out = []
    for unit in _utf16_units(text):
        char = chr(unit)
        if char in '"\\':
            out.append("\\" + char)
        elif 0x20 <= unit < 0x7F:
            out.append(char)
        else:
            out.append(f"\\u{unit:04x}")
    return '"' + "".join(out) + '"'


def _utf16_units(text: str) -> list[int]:
    data = text.encode("utf-16-le", "surrogatepass")
    return [int.from_bytes(data[i : i + 2], "little") for i in range(0, len(data), 2)]


def _json(text: str) -> str:
    """Newtonsoft's default string escaping: JSON's, plus U+0085, U+2028 and U+2029 as \\u escapes."""
    quoted = json.dumps(text, ensure_ascii=False)
    for char in "\u0085\u2028\u2029":
        quoted = quoted.replace(char, f"\\u{ord(char):04x}")
    return quoted


_ALL = "new[] { " + ", ".join(_literal(h) for h in HOSTILE) + " }"
_JOINED = "|".join(HOSTILE)

CASES += [
    (
        "hostile_messages",  # a list of objects: every hostile string as a message text
        f"var texts = {_ALL};"
        ' var r = await client.Message.SendAsync(texts.Select(t => new MessageData { From = "+19195551212",'
        ' To = "+19195551213", Text = t }).ToArray());'
        ' return $"{r.Length} {r[0].Id} {r[0].Message.Text.Length} {r[r.Length - 1].Error.Message}";',
        [
            (
                "POST",
                f"{U}/messages",
                "["
                + ",".join(f'{{"from":"{FROM}","to":"{TO}","text":{_json(h)}}}' for h in HOSTILE)
                + "]",
            )
        ],
        f"{len(HOSTILE)} m-1 0 blocked number",
    ),
    (
        "hostile_media_list",  # a list of strings
        f'return await client.Message.SendAsync(new MessageData {{ From = "+19195551212", Media = {_ALL} }});',
        [
            (
                "POST",
                f"{U}/messages",
                f'{{"from":"{FROM}","media":[' + ",".join(_json(h) for h in HOSTILE) + "]}",
            )
        ],
        "m-1",
    ),
    (
        "hostile_sip_headers",  # a dictionary written with default settings
        f"var values = {_ALL}; var headers = new Dictionary<string, string>();"
        ' for (var i = 0; i < values.Length; i++) headers["X-" + i] = values[i];'
        " return await client.Call.CreateAsync(new CreateCallData { SipHeaders = headers });",
        [
            (
                "POST",
                f"{U}/calls",
                '{"sipHeaders":{'
                + ",".join(f'"X-{i}":{_json(h)}' for i, h in enumerate(HOSTILE))
                + "}}",
            )
        ],
        "c-1",
    ),
    (
        "hostile_nested_object",
        f'return await client.Call.TransferAsync("c-1", "+19195550000", whisperAudio: new WhisperAudio'
        f" {{ Gender = Gender.Female, Sentence = {_literal(_JOINED)} }});",
        [
            (
                "POST",
                f"{U}/calls/c-1",
                '{"state":"transferring","transferTo":"+19195550000",'
                f'"whisperAudio":{{"gender":"female","sentence":{_json(_JOINED)}}}}}',
            )
        ],
        "c-2",
    ),
    # ---- 429 (JsonHelpers.cs CheckResponseAsync at 4.1.2: GetValues("X-RateLimit-Reset"))
    (
        "rate_limit",
        'try { await client.Call.GetAsync("slow"); return "no error"; } catch (RateLimitException e)'
        ' { return $"{(int)e.Code} {e.Message} {e.ResetTime.ToUniversalTime().ToString("o")}"; }',
        [("GET", f"{U}/calls/slow", "")],
        "429 Too Many Requests 2017-07-14T02:40:00.0000000Z",
    ),
    (
        "rate_limit_without_reset_header",
        'try { await client.Call.GetAsync("busy"); return "no error"; }'
        " catch (Exception e) { return e.GetType().Name; }",
        [("GET", f"{U}/calls/busy", "")],
        "InvalidOperationException",
    ),
]
