"""What each ruby-bandwidth 3.0.1 call sends and returns, written from the gem's source.

Each case: a name, Ruby statements whose last value is what a sample would print (its `to_s`;
`client` is a Client for user u-1, everything under `include Bandwidth`), the requests the gem
sends (method, target, body text; "" = no body) and the printed string. Source files are those
of lib/bandwidth/ at the 3.0.1 commit; keys go through ActiveSupport camelcase(:lower), query
strings through Faraday 1.x (sorted), answers come back with snake_case symbol keys.
"""

from __future__ import annotations

import json

from hostile import HOSTILE

U = "/v1/users/u-1"
FROM, TO = "+19195551212", "+19195551213"
CALL = "Call.new({:id => 'c-1'}, client)"
CONF = "Conference.new({:id => 'conf-1'}, client)"

CASES: list[tuple[str, str, list[tuple[str, str, str]], str]] = [
    # ---- bridge.rb: create = POST + GET
    (
        "bridge_create",
        "b = Bridge.create(client, {:call_ids => ['c-1', 'c-2'], :bridge_audio => false})\n"
        '"#{b.class} #{b.id} #{b.state} #{b.call_ids.inspect}"',
        [
            ("POST", f"{U}/bridges", '{"callIds":["c-1","c-2"],"bridgeAudio":false}'),
            ("GET", f"{U}/bridges/b-1", ""),
        ],
        'Bandwidth::Bridge b-1 active ["c-1", "c-2"]',
    ),
    (
        "bridge_list",
        "Bridge.list(client, :size => 5).map(&:id).inspect",
        [("GET", f"{U}/bridges?size=5", "")],
        '["b-1"]',
    ),
    (
        "bridge_get_update",
        "b = Bridge.get(client, 'b-1')\nb.update(:bridge_audio => true).inspect",
        [("GET", f"{U}/bridges/b-1", ""), ("POST", f"{U}/bridges/b-1", '{"bridgeAudio":true}')],
        "{}",
    ),
    (
        "bridge_audio",
        "Bridge.new({:id => 'b-1'}, client).play_audio(:file_url => 'http://x/a.wav', :loop_enabled => false)"
        ".inspect",
        [("POST", f"{U}/bridges/b-1/audio", '{"fileUrl":"http://x/a.wav","loopEnabled":false}')],
        "{}",
    ),
    (
        "bridge_calls",
        "Bridge.new({:id => 'b-1'}, client).get_calls.map { |c| \"#{c.class} #{c.id}\" }.inspect",
        [("GET", f"{U}/bridges/b-1/calls", "")],
        '["Bandwidth::Call c-1"]',
    ),
    # ---- call.rb
    (
        "call_create",  # sip_headers values are not camelCased; nil is sent as null
        "c = Call.create(client, {:from => '+19195551212', :to => '+19195551213', :recording_enabled => false,"
        " :tag => nil, :sip_headers => {'X-Custom-Header' => 'v', :x_other => 'w'}})\n"
        '"#{c.id} #{c.state} #{c.sip_headers.inspect} #{c.start_time}"',
        [
            (
                "POST",
                f"{U}/calls",
                f'{{"from":"{FROM}","to":"{TO}","recordingEnabled":false,"tag":null,'
                '"sipHeaders":{"X-Custom-Header":"v","x_other":"w"}}',
            ),
            ("GET", f"{U}/calls/c-1", ""),
        ],
        'c-1 active {:x_custom=>"v"} 2013-02-08T13:15:47.000Z',
    ),
    (
        "call_list",  # one page only: a plain Array
        "l = Call.list(client, :size => 2, :bridge_id => 'b-1')\n\"#{l.class} #{l.map(&:id).inspect}\"",
        [("GET", f"{U}/calls?bridgeId=b-1&size=2", "")],
        'Array ["c-1"]',
    ),
    (
        "call_update_transfer",  # update returns the id of a Location header
        f"{CALL}.update(:state => 'transferring', :transfer_to => '+19195550000',"
        " :whisper_audio => {:sentence => 'Hi', :gender => 'male'}).inspect",
        [
            (
                "POST",
                f"{U}/calls/c-1",
                '{"state":"transferring","transferTo":"+19195550000",'
                '"whisperAudio":{"sentence":"Hi","gender":"male"}}',
            )
        ],
        '"c-2"',
    ),
    (
        "call_update",
        f"{CALL}.update(:state => 'active').inspect",
        [("POST", f"{U}/calls/c-1", '{"state":"active"}')],
        "nil",
    ),
    (
        "call_hangup",  # update + GET of the call; returns the merged Hash
        f'r = {CALL}.hangup\n"#{{r.class}} #{{r[:id]}} #{{r[:state]}}"',
        [("POST", f"{U}/calls/c-1", '{"state":"completed"}'), ("GET", f"{U}/calls/c-1", "")],
        "Hash c-1 active",
    ),
    (
        "call_answer_reject",
        f"c = {CALL}\nc.answer_on_incoming\nc.reject_incoming.class",
        [
            ("POST", f"{U}/calls/c-1", '{"state":"active"}'),
            ("GET", f"{U}/calls/c-1", ""),
            ("POST", f"{U}/calls/c-1", '{"state":"rejected"}'),
            ("GET", f"{U}/calls/c-1", ""),
        ],
        "Hash",
    ),
    (
        "call_recording_on_off",
        f"c = {CALL}\nc.recording_on\nc.recording_off[:id]",
        [
            ("POST", f"{U}/calls/c-1", '{"recordingEnabled":true}'),
            ("GET", f"{U}/calls/c-1", ""),
            ("POST", f"{U}/calls/c-1", '{"recordingEnabled":false}'),
            ("GET", f"{U}/calls/c-1", ""),
        ],
        "c-1",
    ),
    (
        "call_dtmf",  # the method is set_dtmf; send_dtmf does not exist
        f"c = {CALL}\n\"#{{c.set_dtmf('1234').inspect}} #{{c.respond_to?(:send_dtmf)}}\"",
        [("POST", f"{U}/calls/c-1/dtmf", '{"dtmfOut":"1234"}')],
        "{} false",
    ),
    (
        "call_speak",  # play_audio_extensions.rb: key order and the null tag
        f"{CALL}.speak_sentence('Hello').inspect",
        [
            (
                "POST",
                f"{U}/calls/c-1/audio",
                '{"gender":"female","locale":"en_US","voice":"kate","sentence":"Hello","tag":null}',
            )
        ],
        "{}",
    ),
    (
        "call_play_recording",
        f"{CALL}.play_recording('http://x/a.wav', 't').inspect",
        [("POST", f"{U}/calls/c-1/audio", '{"fileUrl":"http://x/a.wav","tag":"t"}')],
        "{}",
    ),
    (
        "call_play_audio",
        f"{CALL}.play_audio(:file_url => 'http://x/a.wav', :loop_enabled => true).inspect",
        [("POST", f"{U}/calls/c-1/audio", '{"fileUrl":"http://x/a.wav","loopEnabled":true}')],
        "{}",
    ),
    (
        "gather_create_sentence",  # a String argument becomes the gem's default gather
        f"g = {CALL}.create_gather('Press 1')\n\"#{{g.class}} #{{g[:id]}} #{{g[:reason]}} #{{g[:digits]}}\"",
        [
            (
                "POST",
                f"{U}/calls/c-1/gather",
                '{"tag":"c-1","maxDigits":1,"prompt":{"locale":"en_US","gender":"female",'
                '"sentence":"Press 1","voice":"kate","bargeable":true}}',
            ),
            ("GET", f"{U}/calls/c-1/gather/g-1", ""),
        ],
        "Hash g-1 max-digits 1234",
    ),
    (
        "gather_create_hash",
        f"{CALL}.create_gather(:max_digits => 3, :prompt => {{:sentence => 'x', :bargeable => false}})[:id]",
        [
            (
                "POST",
                f"{U}/calls/c-1/gather",
                '{"maxDigits":3,"prompt":{"sentence":"x","bargeable":false}}',
            ),
            ("GET", f"{U}/calls/c-1/gather/g-1", ""),
        ],
        "g-1",
    ),
    (
        "gather_get_update",
        f"c = {CALL}\nc.update_gather('g-1', :state => 'completed')\nc.get_gather('g-1')[:state]",
        [
            ("POST", f"{U}/calls/c-1/gather/g-1", '{"state":"completed"}'),
            ("GET", f"{U}/calls/c-1/gather/g-1", ""),
        ],
        "completed",
    ),
    (
        "call_events",
        f"c = {CALL}\ne = c.get_events\n\"#{{e.class}} #{{e[0][:name]}} #{{c.get_event('ev-1')[:data].inspect}}\"",
        [("GET", f"{U}/calls/c-1/events", ""), ("GET", f"{U}/calls/c-1/events/ev-1", "")],
        "Array create {:n=>1}",
    ),
    (
        "call_recordings",
        f"{CALL}.get_recordings.map {{ |r| r[:id] }}.inspect",
        [("GET", f"{U}/calls/c-1/recordings", "")],
        '["rec-1"]',
    ),
    # ---- conference.rb, conference_member.rb
    (
        "conference_create",
        "c = Conference.create(client, :from => '+19195551212', :callback_url => 'http://x/cb')\n"
        '"#{c.class} #{c.id} #{c.state} #{c.profile}"',
        [
            ("POST", f"{U}/conferences", f'{{"from":"{FROM}","callbackUrl":"http://x/cb"}}'),
            ("GET", f"{U}/conferences/conf-1", ""),
        ],
        "Bandwidth::Conference conf-1 created interpret_digits",
    ),
    (
        "conference_update_mute_complete",
        f"c = {CONF}\nc.update(:hold => false)\nc.mute\nc.complete.inspect",
        [
            ("POST", f"{U}/conferences/conf-1", '{"hold":false}'),
            ("POST", f"{U}/conferences/conf-1", '{"mute":true}'),
            ("POST", f"{U}/conferences/conf-1", '{"state":"completed"}'),
        ],
        "{}",
    ),
    (
        "conference_speak",
        f"{CONF}.speak_sentence('Hi', 'tag', 'male', 'paul').inspect",
        [
            (
                "POST",
                f"{U}/conferences/conf-1/audio",
                '{"gender":"male","locale":"en_US","voice":"paul","sentence":"Hi","tag":"tag"}',
            )
        ],
        "{}",
    ),
    (
        "member_create",  # POST + GET; the member knows its conference
        f"m = {CONF}.create_member(:call_id => 'c-1', :join_tone => false)\n"
        '"#{m.class} #{m.id} #{m.conference_id} #{m.mute}"',
        [
            ("POST", f"{U}/conferences/conf-1/members", '{"callId":"c-1","joinTone":false}'),
            ("GET", f"{U}/conferences/conf-1/members/mem-1", ""),
        ],
        "Bandwidth::ConferenceMember mem-1 conf-1 true",
    ),
    (
        "member_list",
        f'{CONF}.get_members.map {{ |m| "#{{m.id}}@#{{m.conference_id}}" }}.inspect',
        [("GET", f"{U}/conferences/conf-1/members", "")],
        '["mem-1@conf-1"]',
    ),
    (
        "member_update_audio",
        f"m = {CONF}.get_member('mem-1')\nm.update(:mute => false)\nm.play_recording('http://x/a.wav').inspect",
        [
            ("GET", f"{U}/conferences/conf-1/members/mem-1", ""),
            ("POST", f"{U}/conferences/conf-1/members/mem-1", '{"mute":false}'),
            (
                "POST",
                f"{U}/conferences/conf-1/members/mem-1/audio",
                '{"fileUrl":"http://x/a.wav","tag":null}',
            ),
        ],
        "{}",
    ),
    # ---- recording.rb (transcriptions live here)
    (
        "recording_list_get",
        "l = Recording.list(client, :size => 3)\nr = Recording.get(client, 'rec-1')\n"
        '"#{l.map(&:id).inspect} #{r.class} #{r.state} #{r.media}"',
        [("GET", f"{U}/recordings?size=3", ""), ("GET", f"{U}/recordings/rec-1", "")],
        '["rec-1"] Bandwidth::Recording complete https://api.example.com/v1/users/u-1/media/rec-1.wav',
    ),
    (
        "transcription_create",  # POST {} + GET; a Hash
        "t = Recording.new({:id => 'rec-1'}, client).create_transcription\n\"#{t.class} #{t[:id]} #{t[:text]}\"",
        [
            ("POST", f"{U}/recordings/rec-1/transcriptions", "{}"),
            ("GET", f"{U}/recordings/rec-1/transcriptions/t-1", ""),
        ],
        "Hash t-1 Hello",
    ),
    (
        "transcription_list",
        "Recording.new({:id => 'rec-1'}, client).get_transcriptions.map { |t| t[:state] }.inspect",
        [("GET", f"{U}/recordings/rec-1/transcriptions", "")],
        '["completed"]',
    ),
    # ---- message.rb: Hashes, not objects
    (
        "message_create",
        "m = Message.create(client, {:from => '+19195551212', :to => '+19195551213', :text => 'Hi',"
        " :receipt_requested => 'all', :callback_timeout => 0})\n"
        '"#{m.class} #{m[:id]} #{m[:delivery_state]} #{m.respond_to?(:id)}"',
        [
            (
                "POST",
                f"{U}/messages",
                f'{{"from":"{FROM}","to":"{TO}","text":"Hi","receiptRequested":"all","callbackTimeout":0}}',
            ),
            ("GET", f"{U}/messages/m-1", ""),
        ],
        "Hash m-1 not-delivered false",
    ),
    (
        "message_create_many",  # an Array body: one POST, one Hash per item
        "r = Message.create(client, [{:from => '+19195551212', :to => '+19195551213', :text => 'a'},"
        " {:from => '+19195551212', :to => '+19195551213', :text => 'b'}])\n"
        '"#{r.size} #{r[0].inspect} #{r[1][:error].class} #{r[1][:error].message}"',
        [
            (
                "POST",
                f"{U}/messages",
                f'[{{"from":"{FROM}","to":"{TO}","text":"a"}},{{"from":"{FROM}","to":"{TO}","text":"b"}}]',
            )
        ],
        '2 {:id=>"m-1"} StandardError blocked number',
    ),
    (
        "message_get_list",
        "m = Message.get(client, 'm-1')\nl = Message.list(client, :from => '+19195551212', :size => 10)\n"
        '"#{m[:text]} #{l.class} #{l[0][:id]}"',
        [
            ("GET", f"{U}/messages/m-1", ""),
            ("GET", f"{U}/messages?from=%2B19195551212&size=10", ""),
        ],
        "Hi Array m-1",
    ),
    (
        "message_patch",
        "Message.patch(client, 'm-1', :text => '').inspect",
        [("PATCH", f"{U}/messages/m-1", '{"text":""}')],
        "{}",
    ),
    # ---- client.rb / errors.rb
    (
        "error_404",  # GenericError: code = HTTP status, message = the parsed body (string keys)
        "begin\n  Call.get(client, 'nope')\n  'no error'\n"
        'rescue Errors::GenericError => e\n  "#{e.class} #{e.code} #{e.message}"\nend',
        [("GET", f"{U}/calls/nope", "")],
        'Bandwidth::Errors::GenericError 404 {"message"=>"not found: nope", "code"=>"not-found"}',
    ),
    # ---- account.rb, error.rb, available_number.rb, number_info.rb, phone_number.rb
    (
        "account",
        "a = Account.get(client)\nt = Account.get_transactions(client, :type => 'charge', :size => 1)\n"
        '"#{a[:balance]} #{a[:account_type]} #{t[0][:product_type]}"',
        [("GET", f"{U}/account", ""), ("GET", f"{U}/account/transactions?size=1&type=charge", "")],
        "538.37250 pre-pay sms-out",
    ),
    (
        "errors_list_get",
        "l = Error.list(client, :size => 1)\ng = Error.get(client, 'err-1')\n"
        '"#{l[0][:id]} #{g[:details][0][:name]}"',
        [("GET", f"{U}/errors?size=1", ""), ("GET", f"{U}/errors/err-1", "")],
        "err-1 callId",
    ),
    (
        "available_numbers",  # not under /users
        "l = AvailableNumber.search_local(client, :state => 'NC', :quantity => 2)\n"
        "t = AvailableNumber.search_toll_free(client, :quantity => 1)\n"
        '"#{l[0][:national_number]} #{t[0][:number]}"',
        [
            ("GET", "/v1/availableNumbers/local?quantity=2&state=NC", ""),
            ("GET", "/v1/availableNumbers/tollFree?quantity=1", ""),
        ],
        "(919) 555-1212 +18005551212",
    ),
    (
        "number_info",  # URI.encode is gone in Ruby 3: nothing is sent
        "begin\n  NumberInfo.get(client, '+19195551212')\nrescue NoMethodError => e\n  e.class.to_s\nend",
        [],
        "NoMethodError",
    ),
    (
        "phone_numbers",
        "n = PhoneNumber.create(client, :number => '+19195551212', :application_id => 'a-1')\n"
        "n.update(:name => 'home')\nn.delete\n"
        'l = PhoneNumber.list(client, :size => 1)\n"#{n.class} #{n.id} #{l.map(&:number).inspect}"',
        [
            ("POST", f"{U}/phoneNumbers", f'{{"number":"{FROM}","applicationId":"a-1"}}'),
            ("GET", f"{U}/phoneNumbers/n-1", ""),
            ("POST", f"{U}/phoneNumbers/n-1", '{"name":"home"}'),
            ("DELETE", f"{U}/phoneNumbers/n-1", ""),
            ("GET", f"{U}/phoneNumbers?size=1", ""),
        ],
        f'Bandwidth::PhoneNumber n-1 ["{FROM}"]',
    ),
    (
        "application_update_delete",
        "a = Application.get(client, 'a-1')\n\"#{a.update(:name => 'x').inspect} #{a.destroy.inspect}\"",
        [
            ("GET", f"{U}/applications/a-1", ""),
            ("POST", f"{U}/applications/a-1", '{"name":"x"}'),
            ("DELETE", f"{U}/applications/a-1", ""),
        ],
        "{} {}",
    ),
    # ---- domain.rb, endpoint.rb, media.rb
    (
        "domain_list",
        'Domain.list(client).map { |d| "#{d.class} #{d.id} #{d.name}" }.inspect',
        [("GET", f"{U}/domains", "")],
        '["Bandwidth::Domain d-1 dom"]',
    ),
    (
        "domain_create",  # builds its result without the client: needs Client.global_options
        "begin\n  Domain.create(client, :name => 'dom', :description => 'x')\n"
        "rescue Errors::MissingCredentialsError => e\n  e.class.to_s\nend",
        [("POST", f"{U}/domains", '{"name":"dom","description":"x"}')],
        "Bandwidth::Errors::MissingCredentialsError",
    ),
    (
        "endpoint_create_get",
        "d = Domain.new({:id => 'd-1'}, client)\n"
        "e = d.create_endpoint(:name => 'ep', :credentials => {:password => 'p'})\n"
        "l = d.get_endpoints(:size => 1)\n"
        '"#{e.class} #{e.id} #{e.domain_id} #{e.credentials[:username]} #{l.map(&:id).inspect}"',
        [
            ("POST", f"{U}/domains/d-1/endpoints", '{"name":"ep","credentials":{"password":"p"}}'),
            ("GET", f"{U}/domains/d-1/endpoints/e-1", ""),
            ("GET", f"{U}/domains/d-1/endpoints?size=1", ""),
        ],
        'Bandwidth::EndPoint e-1 d-1 jsmith ["e-1"]',
    ),
    (
        "endpoint_tokens_delete",
        "d = Domain.new({:id => 'd-1'}, client)\ne = d.get_endpoint('e-1')\nt = e.create_auth_token\n"
        "e.delete_auth_token('tok')\nd.delete_endpoint('e-1')\nd.delete\nt.inspect",
        [
            ("GET", f"{U}/domains/d-1/endpoints/e-1", ""),
            ("POST", f"{U}/domains/d-1/endpoints/e-1/tokens", '{"expires":86400}'),
            ("DELETE", f"{U}/domains/d-1/endpoints/e-1/tokens/tok", ""),
            ("DELETE", f"{U}/domains/d-1/endpoints/e-1", ""),
            ("DELETE", f"{U}/domains/d-1", ""),
        ],
        '{:token=>"tok", :expires=>3600}',
    ),
    (
        "media",  # list works; the others call URI.encode (NoMethodError on Ruby 3) before sending
        "l = Media.list(client)\nerrors = [:upload, :download, :delete, :get_info].map do |m|\n"
        "  args = m == :upload ? [client, 'a.wav', StringIO.new('x')] : [client, 'a.wav']\n"
        "  begin\n    Media.send(m, *args)\n    'sent'\n  rescue NoMethodError => e\n    e.class.to_s\n  end\nend\n"
        '"#{l[0][:media_name]} #{errors.uniq.inspect}"',
        [("GET", f"{U}/media", "")],
        'a.wav ["NoMethodError"]',
    ),
]


# ---- hostile strings in list and nested values (json stdlib: U+2028 raw, "/" raw)


def _literal(text: str) -> str:
    """A Ruby double-quoted literal for text (\\u{...} for everything outside printable ASCII)."""
    out = []
    for char in text:
        if char in '"\\#':
            out.append("\\" + char)
        elif " " <= char < "\x7f":
            out.append(char)
        else:
            out.append(f"\\u{{{ord(char):x}}}")
    return '"' + "".join(out) + '"'


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_ALL = "[" + ", ".join(_literal(h) for h in HOSTILE) + "]"
_JOINED = "|".join(HOSTILE)

CASES += [
    (
        "hostile_messages",  # a list of Hashes: every hostile string as a message text
        f"texts = {_ALL}\n"
        "r = Message.create(client, texts.map { |t| {:from => '+19195551212', :to => '+19195551213', :text => t} })\n"
        '"#{r.size} #{r[0][:id]} #{r[-1][:error].message}"',
        [
            (
                "POST",
                f"{U}/messages",
                _json([{"from": FROM, "to": TO, "text": h} for h in HOSTILE]),
            )
        ],
        f"{len(HOSTILE)} m-1 blocked number",
    ),
    (
        "hostile_sip_headers",  # values under sip_headers are sent untouched
        f'values = {_ALL}\nheaders = {{}}\nvalues.each_with_index {{ |v, i| headers["X-#{{i}}"] = v }}\n'
        "Call.create(client, :sip_headers => headers).id",
        [
            (
                "POST",
                f"{U}/calls",
                _json({"sipHeaders": {f"X-{i}": h for i, h in enumerate(HOSTILE)}}),
            ),
            ("GET", f"{U}/calls/c-1", ""),
        ],
        "c-1",
    ),
    (
        "hostile_nested",  # nested Hash with a list inside, keys camelCased at every level
        f"{CALL}.update(:state => 'transferring', :whisper_audio => {{:sentence => {_literal(_JOINED)},"
        f" :file_urls => {_ALL}}})",
        [
            (
                "POST",
                f"{U}/calls/c-1",
                _json(
                    {
                        "state": "transferring",
                        "whisperAudio": {"sentence": _JOINED, "fileUrls": HOSTILE},
                    }
                ),
            )
        ],
        "c-2",
    ),
    (
        "rate_limit",  # no special case for 429 in the gem
        "begin\n  Call.get(client, 'busy')\nrescue Errors::GenericError => e\n  \"#{e.code} #{e.message}\"\nend",
        [("GET", f"{U}/calls/busy", "")],
        '429 {"message"=>"Too many requests", "code"=>"rate-limit"}',
    ),
]
