# Test driver: runs Ruby samples in one interpreter, marking each at the stub first.
# Usage: ruby -I tests/standins/ruby/lib run_ruby.rb MARK_URL LIST RESULTS (formats as in run_curl.sh).
require 'base64'
require 'net/http'
require 'stringio'

mark_url, listing, results = ARGV
File.open(results, 'w') do |out|
  File.readlines(listing, chomp: true).each do |line|
    label, path = line.split("\t", 2)
    Net::HTTP.post(URI(mark_url), label, 'Content-Type' => 'text/plain')
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
