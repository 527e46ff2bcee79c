# Test driver: runs Ruby samples in one interpreter, marking each at the stub first.
# Usage: ruby -I tests/standins/ruby/lib run_ruby.rb MARK_URL LIST RESULTS (formats as in run_curl.sh);
# MARK_URL's user:password (the API credentials) are sent as Basic auth.
require 'base64'
require 'net/http'
require 'stringio'

mark_url, listing, results = ARGV
mark_uri = URI(mark_url)
mark_user, mark_password = [mark_uri.user, mark_uri.password].map { |p| URI::DEFAULT_PARSER.unescape(p.to_s) }
mark_uri.user = nil
File.open(results, 'w') do |out|
  File.readlines(listing, chomp: true).each do |line|
    label, path = line.split("\t", 2)
    mark = Net::HTTP::Post.new(mark_uri, 'Content-Type' => 'text/plain')
    mark.basic_auth(mark_user, mark_password)
    mark.body = label
    Net::HTTP.start(mark_uri.host, mark_uri.port) { |http| http.request(mark).value }
    captured = StringIO.new
    error = ''
    begin
      $stdout = captured
      load File.expand_path(path)
    rescue Exception => e # rubocop:disable Lint/RescueException -- any failure is the sample's result
      error = "#{e.class}: #{e.message}\n#{(e.backtrace || []).first(8).join("\n")}"
    ensure
      $stdout = STDOUT
    end
    out.puts [label, Base64.strict_encode64(captured.string), Base64.strict_encode64(error)].join("\t")
  end
end
