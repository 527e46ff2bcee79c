# frozen_string_literal: true
#
# TEST STAND-IN -- this is NOT the real library.
#
# Stands in for: the Ruby gem `ruby-bandwidth` 3.0.1 (Bandwidth Catapult v1 client,
# https://github.com/Bandwidth/ruby-bandwidth), which cannot be installed here.
# Written for this project's sample tests from a reading of the gem's public source;
# none of the gem's code is copied. Load it with `ruby -I tests/standins/ruby/lib`.
#
# Implemented surface: every Catapult v1 resource of the gem (lib/bandwidth/*.rb at the
# 3.0.1 commit), checked method by method against it (see tests/standins/README.md):
#   Client.new(user_id, api_token, api_secret, api_endpoint = 'https://api.catapult.inetwork.com',
#              api_version = 'v1') or Client.new(hash); Client.global_options(=);
#   Client#make_request(method, path, data = {}, api_version = 'v1', api_endpoint = '')
#   Account.get / .get_transactions                     -> Hash / Array (parsed JSON)
#   Application, Bridge, Call, PhoneNumber, Recording: .get / .list / .create -> objects
#     (create = POST + GET of the new item); Conference: .get / .create (no list)
#   Application/PhoneNumber#update/#delete(#destroy); Bridge#update/#play_audio/#get_calls
#   Call#update (-> id of a Location or nil), #play_audio, #speak_sentence, #play_recording,
#     #set_dtmf (NOT send_dtmf), #create_gather (String or Hash), #get_gather, #update_gather,
#     #get_event, #get_events, #get_recordings (Hashes), #hangup, #answer_on_incoming,
#     #reject_incoming, #recording_on, #recording_off (update + GET, -> merged Hash)
#   Conference#update/#mute/#complete/#play_audio/#create_member/#get_member/#get_members
#   ConferenceMember#update/#play_audio (+ speak_sentence, play_recording)
#   Recording#create_transcription/#get_transcription/#get_transcriptions (Hashes)
#   Message.get / .list / .patch (Hashes), Message.create(Hash) -> Hash (POST + GET),
#     Message.create(Array) -> [{:id=>..} | {:error=>StandardError}]
#   Domain.list/.create, Domain#delete/#create_endpoint/#get_endpoint(s)/#delete_endpoint,
#   EndPoint#delete/#create_auth_token/#delete_auth_token; Error.get/.list;
#   AvailableNumber.search_local/.search_toll_free; Media.*, NumberInfo.get (URI.encode:
#     NoMethodError on Ruby >= 3.0, as the gem); Errors::GenericError, GenericIrisError,
#     AgregateError, MissingCredentialsError.
# Not included: Bandwidth::V2::Message (messaging v2) and the BXML builders (Bandwidth::Xml).
# Checked: tests/test_standins.py asserts each method's exact request and result (expected values
# written from the gem's source); a differential run of the same program with the gem's own lib/
# gave identical requests (headers included) and results (tests/standins/README.md).
#
# Wire behaviour reproduced from the gem (it uses the same Faraday 1.x and ActiveSupport):
#   * URL = "<api_endpoint host>/v1/users/<user_id>/<path>" built as an ABSOLUTE Faraday path,
#     so any path part of api_endpoint is dropped; ids are interpolated unescaped.
#   * Headers: Basic auth (Faraday `basic_auth(token, secret)`), Accept: application/json,
#     User-Agent: ruby-bandwidth/v3.0.1, 140 s timeout.
#   * Request hash keys -> lowerCamelCase strings with ActiveSupport `camelcase(:lower)`,
#     recursively (except values under a `sip_headers` key). nil values are KEPT.
#   * POST/PUT: body = `data.to_json` (json stdlib: UTF-8 raw, U+2028 raw, nil -> null),
#     Content-Type: application/json. GET/DELETE: data as query params (Faraday's encoder).
#   * Status >= 400 raises Errors::GenericError(code = HTTP status, message = the parsed
#     JSON body as a Hash); a non-JSON error body raises JSON::ParserError instead.
#     3xx answers are NOT errors (Faraday does not follow redirects).
#   * Any non-blank response body is JSON-parsed (Content-Type is ignored); hash keys come
#     back as snake_case symbols (String#underscore), recursively; headers likewise.
#   * X.create POSTs, takes the id from the last '/'-segment of Location, then ALWAYS GETs
#     the new item and returns it (Domain.create excepted). Objects get a reader and writer
#     only for the keys present in the JSON they were built from; PATCH/HEAD also send JSON.
#   * The whole Client/ClientWrapper/ApiItem plumbing runs for every resource (the class
#     methods accept a missing client argument and then use Client.global_options).

require 'faraday'
require 'json'
require 'active_support/core_ext/string/inflections'

module Bandwidth
  # Version of the real gem this file imitates (also sent in the User-Agent, as the gem does).
  VERSION = '3.0.1'
  # Marker so tests can tell the stand-in from the real gem.
  STANDIN = true

  module Errors
    # Raised for HTTP status >= 400. `code` is the HTTP status; the message object is the
    # parsed JSON error body (a Hash with string keys), so `e.message` is its inspect string.
    class GenericError < StandardError
      attr_reader :code

      def initialize(code, message)
        super(message)
        @code = code
      end
    end

    # Iris (numbers ordering) error of the gem; nothing in the v1 surface raises it.
    class GenericIrisError < StandardError
      attr_reader :code, :http_status

      def initialize(code, message, http_status)
        super(message)
        @code = code
        @http_status = http_status
      end
    end

    # As in the gem (spelling included), `errors` is always nil: its initialize assigns the
    # unset reader's value instead of its argument.
    class AgregateError < StandardError
      attr_reader :errors

      def initialize(_errorss)
        super('Multiple errors')
        @errors = nil
      end
    end

    # Same message text as the gem (it is built from a """...""" literal: leading newline and
    # indentation included).
    class MissingCredentialsError < StandardError
      def initialize
        super("\n        Missing credentials.\n        Use Bandwidth::Client.new(<userId>, <apiToken>, " \
              "<apiSecret>) or Bandwidth::Client.global_options to set up them.\n        ")
      end
    end
  end

  class Client
    attr_reader :api_endpoint, :api_version

    @@global_options = {}

    def self.global_options
      @@global_options
    end

    def self.global_options=(value)
      @@global_options = value
    end

    def initialize(user_id = nil, api_token = nil, api_secret = nil,
                   api_endpoint = 'https://api.catapult.inetwork.com', api_version = 'v1', &configure)
      # Hash form (or no arguments at all: global options), as the gem accepts.
      if api_token.nil? && api_secret.nil?
        user_id = @@global_options if user_id.nil?
        if user_id.is_a?(Hash)
          options = user_id
          api_version = options[:api_version] if options[:api_version]
          api_endpoint = options[:api_endpoint] if options[:api_endpoint]
          api_token = options[:api_token]
          api_secret = options[:api_secret]
          user_id = options[:user_id]
        end
      end
      if [user_id, api_token, api_secret].any? { |v| (v || '').length.zero? }
        raise Errors::MissingCredentialsError
      end

      @user_id = user_id
      @api_token = api_token
      @api_secret = api_secret
      @api_endpoint = api_endpoint
      @api_version = api_version
      @configure = configure
    end

    # Id = last '/'-separated segment of a Location header value.
    def self.get_id_from_location_header(location)
      parts = (location || '').split('/')
      raise StandardError, 'Missing id in the location header' if parts.size < 2

      parts.last
    end

    # "/users/<user_id>/<path>"
    def concat_user_path(path)
      "/users/#{@user_id}" + (path.start_with?('/') ? path : "/#{path}")
    end

    def create_connection(endpoint = @api_endpoint)
      Faraday.new(endpoint) do |conn|
        conn.basic_auth(@api_token, @api_secret)
        conn.headers['Accept'] = 'application/json'
        conn.headers['User-Agent'] = "ruby-bandwidth/v#{VERSION}"
        conn.options.timeout = 140
        conn.adapter(Faraday.default_adapter)
        @configure&.call(conn)
      end
    end

    # Returns [parsed_body, headers]; both with snake_case symbol keys.
    # NB: like the gem, the api_version used in the URL is this method's argument ('v1'),
    # not the client's api_version. A non-empty api_endpoint uses a second connection
    # (cached per endpoint) to that host instead of the client's.
    def make_request(method, path, data = {}, api_version = 'v1', api_endpoint = '')
      payload = to_camel(data)
      full_path = "/#{api_version}" + (path.start_with?('/') ? path : "/#{path}")
      conn = api_endpoint.empty? ? create_connection : create_connection(api_endpoint)
      response =
        if method == :get || method == :delete
          conn.run_request(method, full_path, nil, nil) do |req|
            req.params = payload unless payload.nil? || payload.empty?
          end
        else
          conn.run_request(method, full_path, payload.to_json, 'Content-Type' => 'application/json')
        end
      check_response(response)
      body = response.body.strip.empty? ? {} : to_snake(JSON.parse(response.body))
      [body, to_snake(response.headers || {})]
    end

    def check_response(response)
      return if response.status < 400

      raise Errors::GenericError.new(response.status, JSON.parse(response.body))
    end

    private

    def to_camel(value)
      case value
      when Array
        value.map { |item| to_camel(item) }
      when Hash
        value.each_with_object({}) do |(key, item), out|
          name = key.to_s.camelcase(:lower)
          out[name] = key.to_s == 'sip_headers' ? item : to_camel(item)
        end
      else
        value
      end
    end

    def to_snake(value)
      case value
      when Array
        value.map { |item| to_snake(item) }
      when Hash
        value.each_with_object({}) { |(key, item), out| out[key.underscore.to_sym] = to_snake(item) }
      else
        value
      end
    end
  end

  # Lets class methods be called with or without a leading Client argument.
  module ClientWrapper
    def wrap_client_arg(name)
      original = method(name)
      singleton_class.send(:remove_method, name) # avoids a redefinition warning under ruby -w
      define_singleton_method(name) do |*args|
        args.unshift(Client.new) unless args.first.is_a?(Client)
        original.call(*args)
      end
    end
  end

  # Data holder: one reader/writer per key of the JSON the item was built from.
  module ApiItem
    def initialize(data = {}, client = nil)
      @client = client || Client.new
      @data = (data || {}).clone
      @data.each_key do |key|
        define_singleton_method(key) { @data[key] }
        define_singleton_method(:"#{key}=") { |value| @data[key] = value }
      end
    end

    def to_data
      @data.clone
    end

    def [](name)
      @data[name]
    end

    def []=(name, value)
      @data[name] = value
    end
  end

  # Mixed into Call, Conference and ConferenceMember (not Bridge), as in the gem.
  module PlayAudioExtensions
    # POST .../audio {"gender":..,"locale":"en_US","voice":..,"sentence":..,"tag":..} (nil tag sent as null).
    def speak_sentence(sentence, tag = nil, gender = 'female', voice = 'kate')
      play_audio({ :gender => gender || 'female', :locale => 'en_US', :voice => voice || 'kate',
                   :sentence => sentence, :tag => tag })
    end

    # POST .../audio {"fileUrl":..,"tag":..}.
    def play_recording(url, tag = nil)
      play_audio({ :file_url => url, :tag => tag })
    end
  end

  # Shared class methods of the resources that are plain collections under the user.
  module Collection
    def collection_get(client, path, id)
      new(client.make_request(:get, client.concat_user_path("#{path}/#{id}"))[0], client)
    end

    def collection_list(client, path, query)
      client.make_request(:get, client.concat_user_path(path), query)[0].map { |item| new(item, client) }
    end

    # POST, id from Location, then GET the new item (the gem always does this second request).
    def collection_create(client, path, data)
      headers = client.make_request(:post, client.concat_user_path(path), data)[1]
      get(client, Client.get_id_from_location_header(headers[:location]))
    end
  end

  ACCOUNT_PATH = 'account'

  # Account: class methods only; both return the parsed JSON (Hash / Array of Hashes).
  class Account
    extend ClientWrapper

    def self.get(client)
      client.make_request(:get, client.concat_user_path(ACCOUNT_PATH))[0]
    end
    wrap_client_arg :get

    def self.get_transactions(client, query = {})
      client.make_request(:get, client.concat_user_path("#{ACCOUNT_PATH}/transactions"), query)[0]
    end
    wrap_client_arg :get_transactions
  end

  APPLICATION_PATH = 'applications'

  class Application
    extend ClientWrapper
    extend Collection
    include ApiItem

    def self.get(client, id)
      collection_get(client, APPLICATION_PATH, id)
    end
    wrap_client_arg :get

    def self.list(client, query = nil)
      collection_list(client, APPLICATION_PATH, query)
    end
    wrap_client_arg :list

    def self.create(client, data)
      collection_create(client, APPLICATION_PATH, data)
    end
    wrap_client_arg :create

    # POST applications/<id>; returns the parsed response body ({} when empty).
    def update(data)
      @client.make_request(:post, @client.concat_user_path("#{APPLICATION_PATH}/#{id}"), data)[0]
    end

    # DELETE applications/<id>; returns the parsed response body ({} when empty).
    def delete
      @client.make_request(:delete, @client.concat_user_path("#{APPLICATION_PATH}/#{id}"))[0]
    end
    alias destroy delete
  end

  AVAILABLE_NUMBER_PATH = 'availableNumbers'

  # Not under /users/<id>: GET /v1/availableNumbers/{local,tollFree}?<query>; returns the parsed Array.
  class AvailableNumber
    extend ClientWrapper

    def self.search_toll_free(client, query = nil)
      client.make_request(:get, "#{AVAILABLE_NUMBER_PATH}/tollFree", query)[0]
    end
    wrap_client_arg :search_toll_free

    def self.search_local(client, query = nil)
      client.make_request(:get, "#{AVAILABLE_NUMBER_PATH}/local", query)[0]
    end
    wrap_client_arg :search_local
  end

  BRIDGE_PATH = 'bridges'

  class Bridge
    extend ClientWrapper
    extend Collection
    include ApiItem

    def self.get(client, id)
      collection_get(client, BRIDGE_PATH, id)
    end
    wrap_client_arg :get

    def self.list(client, query = nil)
      collection_list(client, BRIDGE_PATH, query)
    end
    wrap_client_arg :list

    def self.create(client, data)
      collection_create(client, BRIDGE_PATH, data)
    end
    wrap_client_arg :create

    def update(data)
      @client.make_request(:post, @client.concat_user_path("#{BRIDGE_PATH}/#{id}"), data)[0]
    end

    def play_audio(data)
      @client.make_request(:post, @client.concat_user_path("#{BRIDGE_PATH}/#{id}/audio"), data)[0]
    end

    # GET bridges/<id>/calls -> Array of Call objects.
    def get_calls
      @client.make_request(:get, @client.concat_user_path("#{BRIDGE_PATH}/#{id}/calls"))[0].map do |item|
        Call.new(item, @client)
      end
    end
  end

  CALL_PATH = 'calls'

  class Call
    extend ClientWrapper
    extend Collection
    include ApiItem
    include PlayAudioExtensions

    def self.get(client, id)
      collection_get(client, CALL_PATH, id)
    end
    wrap_client_arg :get

    def self.list(client, query = nil)
      collection_list(client, CALL_PATH, query)
    end
    wrap_client_arg :list

    def self.create(client, data)
      collection_create(client, CALL_PATH, data)
    end
    wrap_client_arg :create

    # POST calls/<id>; returns the id from a Location header (a transfer's new call) or nil.
    def update(data)
      headers = @client.make_request(:post, @client.concat_user_path("#{CALL_PATH}/#{id}"), data)[1]
      Client.get_id_from_location_header(headers[:location]) if headers[:location]
    end

    def play_audio(data)
      @client.make_request(:post, @client.concat_user_path("#{CALL_PATH}/#{id}/audio"), data)[0]
    end

    # POST calls/<id>/dtmf {"dtmfOut": dtmf}. The gem names it set_dtmf (its own doc comment
    # says call.send_dtmf, which does not exist: NoMethodError).
    def set_dtmf(dtmf)
      @client.make_request(:post, @client.concat_user_path("#{CALL_PATH}/#{id}/dtmf"), { :dtmf_out => dtmf })[0]
    end

    # A String argument becomes the gem's default gather (tag = call id, maxDigits 1, a prompt
    # {locale en_US, gender female, sentence, voice kate, bargeable true}); a Hash is sent as is.
    # POST, id from Location, then GET the gather; returns that Hash.
    def create_gather(data)
      body =
        if data.is_a?(String)
          { :tag => id, :max_digits => 1,
            :prompt => { :locale => 'en_US', :gender => 'female', :sentence => data, :voice => 'kate',
                         :bargeable => true } }
        else
          data
        end
      headers = @client.make_request(:post, @client.concat_user_path("#{CALL_PATH}/#{id}/gather"), body)[1]
      get_gather(Client.get_id_from_location_header(headers[:location]))
    end

    def update_gather(gather_id, data)
      @client.make_request(:post, @client.concat_user_path("#{CALL_PATH}/#{id}/gather/#{gather_id}"), data)[0]
    end

    def get_gather(gather_id)
      @client.make_request(:get, @client.concat_user_path("#{CALL_PATH}/#{id}/gather/#{gather_id}"))[0]
    end

    def get_event(event_id)
      @client.make_request(:get, @client.concat_user_path("#{CALL_PATH}/#{id}/events/#{event_id}"))[0]
    end

    def get_events
      @client.make_request(:get, @client.concat_user_path("#{CALL_PATH}/#{id}/events"))[0]
    end

    def get_recordings
      @client.make_request(:get, @client.concat_user_path("#{CALL_PATH}/#{id}/recordings"))[0]
    end

    # Each of these POSTs calls/<id> and then GETs the call, merging it into this object's
    # data; the return value is that merged Hash.
    def hangup
      update({ :state => 'completed' })
      reload
    end

    def answer_on_incoming
      update({ :state => 'active' })
      reload
    end

    def reject_incoming
      update({ :state => 'rejected' })
      reload
    end

    def recording_on
      update({ :recording_enabled => true })
      reload
    end

    def recording_off
      update({ :recording_enabled => false })
      reload
    end

    protected

    def reload
      @data.merge!(@client.make_request(:get, @client.concat_user_path("#{CALL_PATH}/#{id}"))[0])
    end
  end

  CONFERENCE_PATH = 'conferences'

  # No Conference.list in the gem.
  class Conference
    extend ClientWrapper
    extend Collection
    include ApiItem
    include PlayAudioExtensions

    def self.get(client, id)
      collection_get(client, CONFERENCE_PATH, id)
    end
    wrap_client_arg :get

    def self.create(client, data)
      collection_create(client, CONFERENCE_PATH, data)
    end
    wrap_client_arg :create

    def update(data)
      @client.make_request(:post, @client.concat_user_path("#{CONFERENCE_PATH}/#{id}"), data)[0]
    end

    def mute
      update(:mute => true)
    end

    def complete
      update(:state => 'completed')
    end

    def play_audio(data)
      @client.make_request(:post, @client.concat_user_path("#{CONFERENCE_PATH}/#{id}/audio"), data)[0]
    end

    # POST members, id from Location, then GET that member; returns a ConferenceMember.
    def create_member(data)
      headers = @client.make_request(:post, @client.concat_user_path("#{CONFERENCE_PATH}/#{id}/members"), data)[1]
      get_member(Client.get_id_from_location_header(headers[:location]))
    end

    def get_member(member_id)
      item = @client.make_request(:get,
                                  @client.concat_user_path("#{CONFERENCE_PATH}/#{id}/members/#{member_id}"))[0]
      member = ConferenceMember.new(item, @client)
      member.conference_id = id
      member
    end

    def get_members
      @client.make_request(:get, @client.concat_user_path("#{CONFERENCE_PATH}/#{id}/members"))[0].map do |item|
        member = ConferenceMember.new(item, @client)
        member.conference_id = id
        member
      end
    end
  end

  class ConferenceMember
    extend ClientWrapper
    include ApiItem
    include PlayAudioExtensions
    attr_accessor :conference_id

    def update(data)
      @client.make_request(:post,
                           @client.concat_user_path("#{CONFERENCE_PATH}/#{@conference_id}/members/#{id}"), data)[0]
    end

    def play_audio(data)
      @client.make_request(:post,
                           @client.concat_user_path("#{CONFERENCE_PATH}/#{@conference_id}/members/#{id}/audio"),
                           data)[0]
    end
  end

  DOMAIN_PATH = 'domains'

  class Domain
    extend ClientWrapper
    include ApiItem

    def self.list(client)
      client.make_request(:get, client.concat_user_path(DOMAIN_PATH))[0].map { |item| new(item, client) }
    end
    wrap_client_arg :list

    # POST domains; no GET afterwards. The gem builds the result WITHOUT passing the client,
    # so it needs Client.global_options (otherwise MissingCredentialsError after the POST).
    def self.create(client, data)
      headers = client.make_request(:post, client.concat_user_path(DOMAIN_PATH), data)[1]
      new(:id => Client.get_id_from_location_header(headers[:location]), :name => data[:name],
          :description => data[:description])
    end
    wrap_client_arg :create

    def delete
      @client.make_request(:delete, @client.concat_user_path("#{DOMAIN_PATH}/#{id}"))[0]
    end
    alias destroy delete

    def create_endpoint(data)
      headers = @client.make_request(:post, @client.concat_user_path("#{DOMAIN_PATH}/#{id}/endpoints"), data)[1]
      get_endpoint(Client.get_id_from_location_header(headers[:location]))
    end

    def get_endpoint(endpoint_id)
      item = @client.make_request(:get,
                                  @client.concat_user_path("#{DOMAIN_PATH}/#{id}/endpoints/#{endpoint_id}"))[0]
      endpoint = EndPoint.new(item, @client)
      endpoint.domain_id = id
      endpoint
    end

    def get_endpoints(query = nil)
      @client.make_request(:get, @client.concat_user_path("#{DOMAIN_PATH}/#{id}/endpoints"), query)[0].map do |item|
        endpoint = EndPoint.new(item, @client)
        endpoint.domain_id = id
        endpoint
      end
    end

    def delete_endpoint(endpoint_id)
      endpoint = EndPoint.new({ :id => endpoint_id }, @client)
      endpoint.domain_id = id
      endpoint.delete
    end
    alias destroy_endpoint delete_endpoint
  end

  class EndPoint
    include ApiItem
    attr_accessor :domain_id

    def delete
      @client.make_request(:delete, @client.concat_user_path("#{DOMAIN_PATH}/#{domain_id}/endpoints/#{id}"))[0]
    end
    alias destroy delete

    def create_auth_token(expires = 86_400)
      @client.make_request(:post, @client.concat_user_path("#{DOMAIN_PATH}/#{domain_id}/endpoints/#{id}/tokens"),
                           { :expires => expires })[0]
    end

    def delete_auth_token(token)
      @client.make_request(:delete,
                           @client.concat_user_path("#{DOMAIN_PATH}/#{domain_id}/endpoints/#{id}/tokens/#{token}"))[0]
    end
  end

  ERROR_PATH = 'errors'

  class Error
    extend ClientWrapper

    def self.get(client, id)
      client.make_request(:get, client.concat_user_path("#{ERROR_PATH}/#{id}"))[0]
    end
    wrap_client_arg :get

    def self.list(client, query = nil)
      client.make_request(:get, client.concat_user_path(ERROR_PATH), query)[0]
    end
    wrap_client_arg :list
  end

  MEDIA_PATH = 'media'

  # The gem escapes media names with URI.encode, which Ruby 3.0 removed: on this Ruby every
  # method but list raises NoMethodError before sending anything, as the real gem does.
  class Media
    extend ClientWrapper

    def self.list(client, query = nil)
      client.make_request(:get, client.concat_user_path(MEDIA_PATH), query)[0]
    end
    wrap_client_arg :list

    # PUT /v1/users/<id>/media/<name>, raw body, Content-Type media_type or application/octet-stream.
    def self.upload(client, name, io, media_type = nil)
      path = "/#{client.api_version}#{client.concat_user_path(MEDIA_PATH)}/#{URI.encode(name)}"
      buf = io.read
      response = client.create_connection.put(path) do |req|
        req.headers['Content-Length'] = buf.size.to_s
        req.headers['Content-Type'] = media_type || 'application/octet-stream'
        req.body = buf
      end
      client.check_response(response)
    end
    wrap_client_arg :upload

    # Returns [body, content type]; no status check.
    def self.download(client, name)
      path = "/#{client.api_version}#{client.concat_user_path(MEDIA_PATH)}/#{URI.encode(name)}"
      response = client.create_connection.get(path)
      [response.body, response.headers['Content-Type'] || 'application/octet-stream']
    end
    wrap_client_arg :download

    def self.delete(client, name)
      client.make_request(:delete, client.concat_user_path("#{MEDIA_PATH}/#{URI.encode(name)}"))[0]
    end
    wrap_client_arg :delete

    # HEAD request (with a "{}" JSON body, as make_request sends for non-GET/DELETE); the gem
    # also prints the headers Hash to stdout.
    def self.get_info(client, name)
      headers = client.make_request(:head, client.concat_user_path("#{MEDIA_PATH}/#{URI.encode(name)}"))[1]
      puts headers
      { :content_type => headers[:content_type], :content_length => headers[:content_length] }
    end
    wrap_client_arg :get_info
  end

  MESSAGE_PATH = 'messages'

  # Messages are plain Hashes in the gem (no Message objects).
  class Message
    extend ClientWrapper

    def self.get(client, id)
      client.make_request(:get, client.concat_user_path("#{MESSAGE_PATH}/#{id}"))[0]
    end
    wrap_client_arg :get

    def self.list(client, query = nil)
      client.make_request(:get, client.concat_user_path(MESSAGE_PATH), query)[0]
    end
    wrap_client_arg :list

    # Hash data: POST, id from Location, GET messages/<id>; returns that Hash.
    # Array data: one POST of the array; returns one Hash per answer item:
    # {:id => last segment of its location} or {:error => StandardError(item's error message)}.
    def self.create(client, data)
      body, headers = client.make_request(:post, client.concat_user_path(MESSAGE_PATH), data)
      return get(client, Client.get_id_from_location_header(headers[:location])) unless data.is_a?(Array)

      body.map do |item|
        if item[:result] == 'error'
          { :error => StandardError.new(item[:error][:message]) }
        else
          parts = (item[:location] || '').split('/')
          parts.size < 2 ? { :error => StandardError.new('Missing id in the location header') } : { :id => parts.last }
        end
      end
    end
    wrap_client_arg :create

    # PATCH messages/<id>; returns the parsed body.
    def self.patch(client, id, data)
      client.make_request(:patch, client.concat_user_path("#{MESSAGE_PATH}/#{id}"), data)[0]
    end
    wrap_client_arg :patch
  end

  NUMBERINFO_PATH = 'phoneNumbers/numberInfo'

  # GET /v1/phoneNumbers/numberInfo/<URI.encode(number)> -- NoMethodError on Ruby >= 3.0 (see Media).
  class NumberInfo
    extend ClientWrapper

    def self.get(client, number)
      client.make_request(:get, "#{NUMBERINFO_PATH}/#{URI.encode(number)}")[0]
    end
    wrap_client_arg :get
  end

  PHONENUMBER_PATH = 'phoneNumbers'

  class PhoneNumber
    extend ClientWrapper
    extend Collection
    include ApiItem

    def self.get(client, id)
      collection_get(client, PHONENUMBER_PATH, id)
    end
    wrap_client_arg :get

    def self.list(client, query = nil)
      collection_list(client, PHONENUMBER_PATH, query)
    end
    wrap_client_arg :list

    def self.create(client, data)
      collection_create(client, PHONENUMBER_PATH, data)
    end
    wrap_client_arg :create

    def update(data)
      @client.make_request(:post, @client.concat_user_path("#{PHONENUMBER_PATH}/#{id}"), data)[0]
    end

    def delete
      @client.make_request(:delete, @client.concat_user_path("#{PHONENUMBER_PATH}/#{id}"))[0]
    end
    alias destroy delete
  end

  RECORDING_PATH = 'recordings'

  class Recording
    extend ClientWrapper
    extend Collection
    include ApiItem

    def self.get(client, id)
      collection_get(client, RECORDING_PATH, id)
    end
    wrap_client_arg :get

    def self.list(client, query = nil)
      collection_list(client, RECORDING_PATH, query)
    end
    wrap_client_arg :list

    # POST recordings/<id>/transcriptions with body {}, id from Location, then GET it (a Hash).
    def create_transcription
      headers = @client.make_request(:post, @client.concat_user_path("#{RECORDING_PATH}/#{id}/transcriptions"), {})[1]
      get_transcription(Client.get_id_from_location_header(headers[:location]))
    end

    def get_transcription(transcription_id)
      @client.make_request(:get,
                           @client.concat_user_path("#{RECORDING_PATH}/#{id}/transcriptions/#{transcription_id}"))[0]
    end

    def get_transcriptions
      @client.make_request(:get, @client.concat_user_path("#{RECORDING_PATH}/#{id}/transcriptions"))[0]
    end
  end
end
