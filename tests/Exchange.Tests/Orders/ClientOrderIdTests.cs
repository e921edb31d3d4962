using System.Security.Cryptography;
using System.Text;
using FractalTrader.Exchange.Orders;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Exchange.Tests.Orders;

public sealed class ClientOrderIdTests
{
    [Fact]
    public void A_signal_id_derives_the_same_client_order_id_as_before()
    {
        // Ids already journaled and already at the venue must keep their names across versions.
        ClientOrderId.FromSignal("fvg_fill:BTC:1h:2025-03-04T12:00:00Z:long").ToString()
            .Should().Be("0x444b5db52a3bf1b9ef16717f57bfa974");
    }

    [Fact]
    public void The_client_order_id_is_the_first_half_of_the_signal_ids_sha256()
    {
        var ids = Gen.Elements('a', 'Z', '0', ':', '-', 'é', '€', '\u4e2d').ArrayOf().Where(chars => chars.Length > 0).Select(chars => new string(chars));

        Prop.ForAll(ids.ToArbitrary(), id =>
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id));
            return ClientOrderId.FromSignal(id).Value == System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(hash);
        }).QuickCheckThrowOnFailure();
    }
}
