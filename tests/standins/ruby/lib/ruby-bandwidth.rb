# frozen_string_literal: true
#
# TEST STAND-IN -- this is NOT the real library.
#
# Stands in for: the Ruby gem `ruby-bandwidth` 3.0.1 (Bandwidth Catapult v1 client,
# https://github.com/Bandwidth/ruby-bandwidth), which cannot be installed here.
# Written for this project's sample tests from a reading of the gem's public source;
# none of the gem's code is copied. Load it with `ruby -I tests/standins/ruby/lib`.
#
# Implemented surface (only what the Applications samples use):
#   Bandwidth::Client.new(user_id, api_token, api_secret,
#                         api_endpoint = 'https://api.catapult.inetwork.com', api_version = 'v1')
#   Bandwidth::Client.new(:user_id => .., :api_token => .., :api_secret => .., :api_endpoint => ..)
#   Bandwidth::Client.global_options / global_options=   (client argument may be omitted)
#   Bandwidth::Client#make_request(method, path, data = {})
#   Bandwidth::Application.create(client, hash) / .list(client, query = nil) / .get(client, id)
#   Bandwidth::Application#update(hash) / #delete (alias #destroy) / #[] / #[]= / #to_data
#   Bandwidth::Errors::GenericError, Bandwidth::Errors::MissingCredentialsError
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
#   * Application.create POSTs, takes the id from the last '/'-segment of Location, then
#     ALWAYS GETs applications/<id> and returns that. Application objects get a reader and
#     writer only for the keys present in the JSON they were built from.

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

    class MissingCredentialsError < StandardError
      def initialize
        super("Missing credentials. Use Bandwidth::Client.new(<userId>, <apiToken>, <apiSecret>) " \
              'or Bandwidth::Client.global_options to set them up.')
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

    def create_connection
      Faraday.new(@api_endpoint) do |conn|
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
    # not the client's api_version.
    def make_request(method, path, data = {}, api_version = 'v1')
      payload = to_camel(data)
      full_path = "/#{api_version}" + (path.start_with?('/') ? path : "/#{path}")
      conn = create_connection
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

  APPLICATION_PATH = 'applications'

  class Application
    extend ClientWrapper
    include ApiItem

    def self.get(client, id)
      new(client.make_request(:get, client.concat_user_path("#{APPLICATION_PATH}/#{id}"))[0], client)
    end
    wrap_client_arg :get

    def self.list(client, query = nil)
      items = client.make_request(:get, client.concat_user_path(APPLICATION_PATH), query)[0]
      items.map { |item| new(item, client) }
    end
    wrap_client_arg :list

    def self.create(client, data)
      headers = client.make_request(:post, client.concat_user_path(APPLICATION_PATH), data)[1]
      get(client, Client.get_id_from_location_header(headers[:location]))
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
end
